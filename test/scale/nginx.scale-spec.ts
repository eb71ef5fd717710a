import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createUser, cookieFrom, sessionCookie } from '../support/factories.js';
import { clientIp, runBounded } from '../support/load.js';
import { startNginx, type LoadBalancer } from '../support/nginx.js';
import { freePort } from '../support/processes.js';
import { openFeed } from '../support/sse.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Statement submissions per client address and minute, shared by both instances. */
const LIMIT = 20;
const SUBMISSIONS = 10_000;
/** Each simulated resident submits this many, staying under the limit. */
const PER_CLIENT = 10;

describe('two instances behind nginx on one PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  let lb: LoadBalancer;
  /** host:port of each instance, as nginx names it in X-Upstream. */
  let hostOf: Map<string, 'a' | 'b'>;

  beforeAll(async () => {
    // nginx is the only hop in front of the instances: its X-Forwarded-For is trusted.
    // The public origin is nginx's, so both instances are configured with it (PUBLIC_URL).
    const lbPort = await freePort();
    const env = {
      TRUST_PROXY: 'loopback',
      STATEMENT_RATE_LIMIT: String(LIMIT),
      PUBLIC_URL: `http://127.0.0.1:${lbPort}`,
    };
    a = await createTestApp(env);
    b = await createTestApp(env, { sameDatabaseAs: a });
    lb = await startNginx([a.url, b.url], lbPort);
    hostOf = new Map([
      [new URL(a.url).host, 'a'],
      [new URL(b.url).host, 'b'],
    ]);
  });
  afterAll(async () => {
    await lb?.stop();
    await b?.close();
    await a?.close();
  });

  const served = (headers: Record<string, unknown>) => {
    const instance = hostOf.get(String(headers['x-upstream']));
    if (!instance) throw new Error(`unknown upstream ${String(headers['x-upstream'])}`);
    return instance;
  };

  it('keeps a session signed in through one instance valid on the other, and ends it on both', async () => {
    const user = await createUser(a, { password: 'ein langes passwort für nginx' });
    const login = await request(lb.url)
      .post('/api/auth/login')
      .set('Origin', lb.url)
      .set('X-Forwarded-For', clientIp(900_001))
      .send({ email: user.email, password: 'ein langes passwort für nginx' })
      .expect(200);
    const cookie = cookieFrom(login.headers)!;
    expect(cookie).toBeDefined();
    const other = served(login.headers) === 'a' ? b : a;
    const me = await other.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.email).toBe(user.email);
    const seen = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      const res = await request(lb.url).get('/api/auth/me').set('Cookie', cookie).expect(200);
      seen.add(served(res.headers));
    }
    expect([...seen].sort()).toEqual(['a', 'b']);
    await other.http
      .post('/api/auth/logout')
      .set('Origin', lb.url)
      .set('Cookie', cookie)
      .expect(204);
    for (const t of [a, b]) await t.http.get('/api/auth/me').set('Cookie', cookie).expect(204);
  });

  it('counts one client’s submissions on both instances against one limit', async () => {
    const { phaseId } = await openPhase(a);
    const ip = clientIp(900_002);
    const remaining: number[] = [];
    const instances = new Set<string>();
    for (let i = 0; i < LIMIT; i += 1) {
      const res = await request(lb.url)
        .post(`/api/phases/${phaseId}/statements`)
        .set('X-Forwarded-For', ip)
        .send(statementBody({ text: `Limit ${i}` }))
        .expect(201);
      remaining.push(Number(res.headers['x-ratelimit-remaining-statements']));
      instances.add(served(res.headers));
    }
    expect([...instances].sort()).toEqual(['a', 'b']);
    // One counter: the remaining allowance falls by one per request, whichever instance served.
    expect(remaining).toEqual(Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i));
    for (const target of [lb.url, a.url, b.url]) {
      const res = await request(target)
        .post(`/api/phases/${phaseId}/statements`)
        .set('X-Forwarded-For', ip)
        .send(statementBody({ text: 'Zu viel' }))
        .expect(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('TOO_MANY_REQUESTS');
    }
    // Another client is not affected.
    await request(lb.url)
      .post(`/api/phases/${phaseId}/statements`)
      .set('X-Forwarded-For', clientIp(900_003))
      .send(statementBody())
      .expect(201);
  });

  it('delivers statements submitted to either instance to a moderator’s feed through nginx', async () => {
    const { phaseId } = await openPhase(a, { moderationMode: 'pre' });
    const moderator = await sessionCookie(a, (await createUser(a, { roles: ['moderator'] })).id);
    const references = new Set<string>();
    const feed = openFeed(
      `${lb.url}/api/moderation/feed`,
      moderator,
      (events) =>
        references.size === 2 &&
        [...references].every((r) =>
          events.some((e) => e.type === 'statement.received' && e.data.reference === r),
        ),
      10_000,
    );
    await feed.ready;
    for (const [i, t] of [a, b].entries()) {
      const res = await t.http
        .post(`/api/phases/${phaseId}/statements`)
        .set('X-Forwarded-For', clientIp(900_010 + i))
        .send(statementBody({ text: `Live ${i}` }))
        .expect(201);
      references.add(res.body.reference as string);
    }
    const events = await feed.events;
    const received = events
      .filter((e) => e.type === 'statement.received')
      .map((e) => e.data.reference);
    expect(received).toEqual(expect.arrayContaining([...references]));
  });

  it('shows a publication change made through one instance on the other instance’s map within a second', async () => {
    const { procedureId, phaseId } = await openPhase(a, { moderationMode: 'pre' });
    const moderator = await sessionCookie(a, (await createUser(a, { roles: ['moderator'] })).id);
    const submitted = await a.http
      .post(`/api/phases/${phaseId}/statements`)
      .set('X-Forwarded-For', clientIp(900_010))
      .send(statementBody({ geometry: { type: 'Point', coordinates: [7.005, 51.435] } }))
      .expect(201);
    const id = submitted.body.id as string;
    const mapOnB = (etag?: string) => {
      const req = b.http.get(
        `/api/procedures/${procedureId}/statements/map?bbox=6.9,51.4,7.1,51.5&zoom=20`,
      );
      return etag ? req.set('If-None-Match', etag) : req;
    };
    // Instance b has built its index (and holds a copy's ETag) before the change.
    const before = await mapOnB().expect(200);
    expect(before.body.total).toBe(0);
    await mapOnB(before.headers.etag).expect(304);
    /** Milliseconds until b's map shows `shown` (polling every 20 ms; fails after 5 s). */
    const untilOnB = async (shown: boolean): Promise<number> => {
      const started = performance.now();
      for (;;) {
        const res = await mapOnB().expect(200);
        const ids = res.body.features.map((f: { id: string }) => f.id);
        if (ids.includes(id) === shown) return performance.now() - started;
        if (performance.now() - started > 5000) throw new Error('not visible after 5 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const decide = (body: Record<string, unknown>) =>
      a.http
        .post(`/api/moderation/statements/${id}/decisions`)
        .set('Cookie', moderator)
        .set('Origin', lb.url)
        .send(body)
        .expect(200);
    await decide({ action: 'approve', expectedVersion: 0 });
    expect(await untilOnB(true)).toBeLessThan(1000);
    const published = await mapOnB().expect(200);
    await decide({ action: 'reject', reasonCode: 'insult', expectedVersion: 1 });
    expect(await untilOnB(false)).toBeLessThan(1000);
    // b's old copy is no longer current: the next answer carries the change.
    const after = await mapOnB(published.headers.etag).expect(200);
    expect(JSON.stringify(after.body)).not.toContain(id);
  });

  it('numbers one key sent to both instances at once exactly once, with one answer', async () => {
    const { phaseId } = await openPhase(a, { moderationMode: 'pre' });
    const KEYS = 200;
    const answers = new Map<number, unknown[]>();
    let unavailable = 0;
    /** One copy of key k to one instance, retried with its key while it is told to (503). */
    const send = async (k: number, app: TestApp): Promise<unknown> => {
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const response = await fetch(`${app.url}/api/phases/${phaseId}/statements`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': `both-${k}-${phaseId}`,
            'x-forwarded-for': clientIp(50_000 + k),
          },
          // Every third with a mail address: those take the transaction with savepoints.
          body: JSON.stringify(
            statementBody({
              text: `Doppelt gesendet ${k}`,
              ...(k % 3 === 0
                ? { submitter: { type: 'named', name: `Person ${k}`, email: `d${k}@example.org` } }
                : {}),
            }),
          ),
          signal: AbortSignal.timeout(30_000),
        });
        const body = await response.text();
        if (response.status === 201) return JSON.parse(body);
        if (response.status !== 503) throw new Error(`${k}: ${response.status} ${body}`);
        unavailable += 1;
        await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
      }
      throw new Error(`${k}: still 503 after 10 attempts`);
    };
    await runBounded(KEYS, 8, 120_000, async (k) => {
      answers.set(k, await Promise.all([a, b, a, b].map((app) => send(k, app))));
    });
    // Every copy of a key got the same receipt: the first, or its replay.
    for (const bodies of answers.values()) {
      for (const body of bodies.slice(1)) expect(body).toEqual(bodies[0]);
    }
    expect(answers.size).toBe(KEYS);
    const [stored] = await a.dataSource.query<{ count: number; max: number; keys: number }[]>(
      `SELECT count(*)::int AS count, max(sequence) AS max,
              (SELECT count(*)::int FROM idempotency_keys WHERE key LIKE $2) AS keys
       FROM statements WHERE phase_id = $1`,
      [phaseId, `${phaseId}:both-%`],
    );
    expect(stored).toEqual({ count: KEYS, max: KEYS, keys: KEYS });
    // Retries after a 503 (a deadlock the database broke) are allowed, but must stay rare.
    expect(unavailable).toBeLessThan(KEYS);
  });

  it(`turns ${SUBMISSIONS} submissions spread over both instances into as many statements with gapless references`, async () => {
    const { procedureId, phaseId } = await openPhase(a, { moderationMode: 'pre' });
    const ids = new Set<string>();
    const references = new Set<string>();
    const perInstance = { a: 0, b: 0 };
    const failures: string[] = [];
    let named = 0;
    await runBounded(SUBMISSIONS, 32, 150_000, async (k) => {
      // Every tenth resident gives a mail address, so a receipt goes through the outbox.
      const withMail = k % 10 === 0;
      if (withMail) named += 1;
      const response = await fetch(`${lb.url}/api/phases/${phaseId}/statements`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `scale-${k}-${randomUUID()}`,
          'x-forwarded-for': clientIp(Math.floor(k / PER_CLIENT)),
        },
        body: JSON.stringify(
          statementBody({
            text: `Stellungnahme ${k} zum Verkehr an der Kreuzung.`,
            ...(withMail
              ? { submitter: { type: 'named', name: `Person ${k}`, email: `p${k}@example.org` } }
              : {}),
          }),
        ),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { id: string; reference: string };
      if (response.status !== 201) {
        failures.push(`${k}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
        return;
      }
      perInstance[served(Object.fromEntries(response.headers))] += 1;
      ids.add(body.id);
      references.add(body.reference);
    });
    expect(failures.slice(0, 5)).toEqual([]);
    expect(ids.size).toBe(SUBMISSIONS);
    expect(references.size).toBe(SUBMISSIONS);
    // Round robin: both instances took a real share of the load.
    expect(perInstance.a).toBeGreaterThan(SUBMISSIONS / 4);
    expect(perInstance.b).toBeGreaterThan(SUBMISSIONS / 4);

    const [stored] = await a.dataSource.query<
      { count: number; refs: number; min: number; max: number; seqs: number }[]
    >(
      `SELECT count(*)::int AS count, count(DISTINCT reference)::int AS refs,
              min(sequence) AS min, max(sequence) AS max, count(DISTINCT sequence)::int AS seqs
       FROM statements WHERE phase_id = $1`,
      [phaseId],
    );
    // Gapless: the numbers 1 … N, each once (the procedure has no other statements).
    expect(stored).toEqual({
      count: SUBMISSIONS,
      refs: SUBMISSIONS,
      min: 1,
      max: SUBMISSIONS,
      seqs: SUBMISSIONS,
    });
    const dbIds = await a.dataSource.query<{ id: string; reference: string }[]>(
      `SELECT id, reference FROM statements WHERE procedure_id = $1`,
      [procedureId],
    );
    expect(dbIds.every((r) => ids.has(r.id) && references.has(r.reference))).toBe(true);
    const [outbox] = await a.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM outbox_messages
       WHERE template = 'statements.receipt' AND recipient LIKE 'p%@example.org'`,
    );
    expect(outbox.count).toBe(named);
  });
});
