import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { runBounded } from '../support/load.js';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const CLIENTS = 400;
/** A client gives up after this many answers; far more than an outage of a few seconds needs. */
const MAX_ATTEMPTS = 200;

interface Outcome {
  key: string;
  /** ids of every 201 this client got (all must be the same statement). */
  ids: string[];
  statuses: number[];
}

describe('PostgreSQL restarted in the middle of a submission run', () => {
  let db: PrivatePostgres;
  let t: TestApp;

  beforeAll(async () => {
    // A server of the test's own: the machine's shared cluster is never stopped.
    db = await startPrivatePostgres();
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '1000000' }, { server: db.url });
  });
  afterAll(async () => {
    await t?.close();
    await db?.destroy();
  });

  it('answers 503 problem+json while it is down, reconnects by itself and loses nothing', async () => {
    const { phaseId } = await openPhase(t, { moderationMode: 'pre' });
    const url = `${t.url}/api/phases/${phaseId}/statements`;
    const outcomes: Outcome[] = [];
    const unexpected: string[] = [];
    let accepted = 0;
    let down = false;
    let answeredWhileDown = 0;

    // Each client retries with its Idempotency-Key until it gets its 201, as a browser would.
    const clients = runBounded(CLIENTS, 24, 120_000, async (n) => {
      const outcome: Outcome = { key: `restart-${n}-${randomUUID()}`, ids: [], statuses: [] };
      outcomes.push(outcome);
      const body = JSON.stringify(
        statementBody({ text: `Stellungnahme ${n} während des Neustarts` }),
      );
      for (let attempt = 0; attempt < MAX_ATTEMPTS && outcome.ids.length === 0; attempt += 1) {
        let response: Response;
        try {
          response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': outcome.key },
            body,
            // An answer must come, and fast enough to retry: a hang fails the client.
            signal: AbortSignal.timeout(15_000),
          });
        } catch (error) {
          unexpected.push(`${n}: no answer (${(error as Error).name})`);
          return;
        }
        const problem = (await response.json()) as { id?: string; code?: string };
        outcome.statuses.push(response.status);
        if (down) answeredWhileDown += 1;
        if (response.status === 201) {
          outcome.ids.push(problem.id!);
          accepted += 1;
        } else if (response.status === 503) {
          if (!/^application\/problem\+json/.test(response.headers.get('content-type') ?? ''))
            unexpected.push(`${n}: 503 without problem+json`);
          if (problem.code !== 'DATABASE_UNAVAILABLE') unexpected.push(`${n}: 503 ${problem.code}`);
          await sleep(100);
        } else {
          unexpected.push(`${n}: ${response.status} ${JSON.stringify(problem).slice(0, 200)}`);
          return;
        }
      }
    });

    // The restart: once a quarter of the clients are through, stop the server hard, keep it
    // down for two seconds while the clients keep sending, start it again.
    const restart = (async () => {
      for (let i = 0; i < 600 && accepted < CLIENTS / 4; i += 1) await sleep(50);
      down = true;
      await db.stop();
      await sleep(2000);
      const seenDown = answeredWhileDown;
      down = false;
      await db.start();
      return seenDown;
    })();

    const [, seenDown] = await Promise.all([clients, restart]);
    expect(unexpected.slice(0, 10)).toEqual([]);
    expect(seenDown).toBeGreaterThan(0);
    const statuses = outcomes.flatMap((o) => o.statuses);
    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);

    // Every client ended with one statement, and retries never made a second one.
    expect(outcomes).toHaveLength(CLIENTS);
    for (const o of outcomes) {
      expect(o.ids).toHaveLength(1);
    }
    const stored = await t.dataSource.query<{ id: string; sequence: number }[]>(
      `SELECT id, sequence FROM statements WHERE phase_id = $1 ORDER BY sequence`,
      [phaseId],
    );
    expect(stored).toHaveLength(CLIENTS);
    const storedIds = new Set(stored.map((s) => s.id));
    // Every 201 is in the database after the restart …
    expect(outcomes.every((o) => storedIds.has(o.ids[0]))).toBe(true);
    // … and references stayed gapless: 1 … N.
    expect(stored.map((s) => s.sequence)).toEqual(Array.from({ length: CLIENTS }, (_, i) => i + 1));

    // The pool reconnected by itself: health is up, and a retry is still answered from the key.
    const health = await fetch(`${t.url}/api/health`);
    expect(health.status).toBe(200);
    const replay = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': outcomes[0].key },
      body: JSON.stringify(statementBody({ text: 'Stellungnahme 0 während des Neustarts' })),
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(outcomes[0].ids[0]);
  });
});
