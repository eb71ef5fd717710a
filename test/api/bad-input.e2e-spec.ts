import { addDays, berlinDate } from '../../src/phases/deadlines/index.js';
import {
  classTargets,
  oversizedShapes,
  type FieldProbe,
  type Target,
} from '../support/bad-input-probes.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** One malformed request: raw bytes with a content type. */
interface Probe {
  name: string;
  body: Buffer | string;
  contentType: string;
}

const ring = (n: number) => {
  const points = Array.from({ length: n }, (_, i) => [
    7 + 0.001 * Math.cos((2 * Math.PI * i) / n),
    51.43 + 0.001 * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...points, points[0]];
};

/** A generated corpus of broken inputs, valid JSON shapes with wrong values, and raw garbage. */
function corpus(validBody: Record<string, unknown>): Probe[] {
  const json = (value: unknown) => ({
    body: JSON.stringify(value),
    contentType: 'application/json',
  });
  const fields = Object.keys(validBody);
  const weird: [string, unknown][] = [
    ['null', null],
    ['number', 12345],
    ['huge number', 1e308],
    ['negative', -1],
    ['float string', '1.5e999'],
    ['empty string', ''],
    ['huge string', 'x'.repeat(200_000)],
    ['array', [1, 2, 3]],
    ['nested object', { a: { b: { c: {} } } }],
    ['boolean', true],
    ['script', '<script>alert(1)</script>'],
    ['sql', "'; DROP TABLE statements; --"],
    ['unicode', '\u0000\uFFFF\uD800'],
    ['geojson NaN-like', { type: 'Point', coordinates: ['NaN', 'Infinity'] }],
    [
      'unclosed ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [7, 51.43],
            [7.01, 51.43],
            [7.01, 51.44],
          ],
        ],
      },
    ],
    ['huge polygon', { type: 'Polygon', coordinates: [ring(30_000)] }],
    ['header injection', 'a\r\nBcc: victim@example.org'],
    ['emoji and rtl', '😀\u202eevil'],
    ['date string', '2026-13-45T99:99:99Z'],
    ['negative zero', -0],
    ['object with toString', { toString: 'x', valueOf: 1 }],
  ];
  const probes: Probe[] = [];
  for (const field of fields) {
    for (const [name, value] of weird)
      probes.push({ name: `${field}=${name}`, ...json({ ...validBody, [field]: value }) });
    const without = { ...validBody };
    delete without[field];
    probes.push({ name: `without ${field}`, ...json(without) });
  }
  probes.push(
    { name: 'broken json', body: '{"text": "abc",', contentType: 'application/json' },
    { name: 'json NaN', body: '{"text": NaN}', contentType: 'application/json' },
    { name: 'json array', body: '[1,2,3]', contentType: 'application/json' },
    { name: 'json string', body: '"hello"', contentType: 'application/json' },
    { name: 'json null', body: 'null', contentType: 'application/json' },
    { name: 'empty body', body: '', contentType: 'application/json' },
    {
      name: 'invalid utf-8',
      body: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]),
      contentType: 'application/json',
    },
    {
      name: 'latin-1 charset',
      body: '{"text":"x"}',
      contentType: 'application/json; charset=latin1',
    },
    {
      name: 'unknown charset',
      body: '{"text":"x"}',
      contentType: 'application/json; charset=klingon',
    },
    { name: 'text/plain', body: 'text=hello', contentType: 'text/plain' },
    {
      name: 'form',
      body: 'text=hello&submitter=x',
      contentType: 'application/x-www-form-urlencoded',
    },
    { name: 'xml', body: '<?xml version="1.0"?><a/>', contentType: 'application/xml' },
    {
      name: 'multipart garbage',
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n',
      contentType: 'multipart/form-data; boundary=x',
    },
    {
      name: 'oversized body',
      body: JSON.stringify({ ...validBody, text: 'y'.repeat(3 * 1024 * 1024) }),
      contentType: 'application/json',
    },
    {
      name: 'deep nesting',
      body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
      contentType: 'application/json',
    },
    {
      name: 'prototype pollution',
      body: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}',
      contentType: 'application/json',
    },
  );
  return probes;
}

describe('bad input on every public write route', () => {
  let t: TestApp;
  let routes: { path: string; valid: Record<string, unknown>; cookie?: string }[];
  let phaseId: string;
  let procedureId: string;

  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '1000000' });
    ({ phaseId, procedureId } = await openPhase(t, { moderationMode: 'post' }));
    const statement = await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .send({ text: 'Gültig', submitter: { type: 'anonymous' }, privacyNoticeAcknowledged: true })
      .expect(201);
    const resident = await sessionCookie(t, (await createUser(t)).id);
    routes = [
      {
        path: `/api/phases/${phaseId}/statements`,
        valid: {
          text: 'Bitte mehr Bäume',
          geometry: { type: 'Point', coordinates: [7.005, 51.435] },
          topic: 'Grün',
          submitter: { type: 'named', name: 'Erika', email: 'e@example.org' },
          privacyNoticeAcknowledged: true,
          attachmentIds: [],
          website: '',
        },
      },
      {
        path: '/api/auth/register',
        valid: { email: 'neu@example.org', password: 'langes passwort 1', displayName: 'Neu' },
      },
      {
        path: '/api/auth/login',
        valid: { email: 'neu@example.org', password: 'langes passwort 1' },
      },
      { path: '/api/auth/verify', valid: { token: 'x'.repeat(40) } },
      { path: '/api/auth/password/forgot', valid: { email: 'neu@example.org' } },
      {
        path: '/api/auth/password/reset',
        valid: { token: 'x'.repeat(40), password: 'langes passwort 2' },
      },
      {
        path: `/api/statements/${statement.body.id}/reports`,
        valid: { reason: 'spam', note: 'Werbung' },
      },
      { path: '/api/auth/logout', valid: {}, cookie: resident },
    ];
  });
  afterAll(() => t.close());

  it('answers at least 500 malformed requests with 4xx problem+json, never 5xx', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const probes = corpus(route.valid);
      // Sent in small parallel batches: realistic pressure without exhausting the rate limits.
      for (let i = 0; i < probes.length; i += 8) {
        await Promise.all(
          probes.slice(i, i + 8).map(async (probe) => {
            let req = t.http
              .post(route.path)
              .set('Origin', t.url)
              .set('Content-Type', probe.contentType);
            if (route.cookie) req = req.set('Cookie', route.cookie);
            const res = await req.send(probe.body);
            sent += 1;
            const isProblem = /^application\/problem\+json/.test(
              String(res.headers['content-type']),
            );
            const ok = res.status < 500 && (res.status < 400 ? true : isProblem);
            if (!ok)
              failures.push(
                `${route.path} ${probe.name}: ${res.status} ${String(res.headers['content-type'])}`,
              );
            if (res.status >= 400 && isProblem && typeof res.body?.code !== 'string')
              failures.push(`${route.path} ${probe.name}: problem without code`);
            if (res.text?.includes('    at '))
              failures.push(`${route.path} ${probe.name}: stack trace in answer`);
          }),
        );
      }
      await t.dataSource.query('DELETE FROM throttle_counters');
    }
    expect(sent).toBeGreaterThanOrEqual(500);
    expect(failures).toEqual([]);
  });

  it('answers every class of items 14–17 per field with 4xx problem+json naming it, fast, health alive', async () => {
    const planner = await sessionCookie(
      t,
      (await createUser(t, { roles: ['planner', 'admin'] })).id,
    );
    const upcoming = await t.http
      .post(`/api/procedures/${procedureId}/phases`)
      .set('Cookie', planner)
      .set('Origin', t.url)
      .send({
        kind: 'informal',
        startDate: addDays(berlinDate(new Date()), 90),
        endDate: addDays(berlinDate(new Date()), 120),
      })
      .expect(201);
    const targets = classTargets({
      planner,
      procedureId,
      phaseId,
      upcomingPhaseId: upcoming.body.id as string,
    });
    for (const target of targets.filter((x) => x.method === 'post'))
      for (const [name, body] of oversizedShapes())
        target.probes.push({
          name,
          body: body as unknown as Record<string, unknown>,
          refused: true,
        });
    const failures: string[] = [];
    let sent = 0;
    for (const target of targets) {
      for (let i = 0; i < target.probes.length; i += 2) {
        await Promise.all(
          target.probes.slice(i, i + 2).map(async (probe: FieldProbe) => {
            const started = performance.now();
            const res = await send(target, probe);
            const ms = performance.now() - started;
            sent += 1;
            const where = `${target.group} ${probe.name}`;
            const isProblem = /^application\/problem\+json/.test(
              String(res.headers['content-type']),
            );
            const fields: string[] = (res.body?.errors ?? []).map(
              (e: { field: string }) => e.field,
            );
            if (res.status >= 500 || (res.status >= 400 && !isProblem))
              failures.push(`${where}: ${res.status}`);
            else if (probe.refused && (res.status < 400 || res.status >= 500))
              failures.push(`${where}: accepted (${res.status})`);
            else if (
              probe.field &&
              res.status === 400 &&
              !fields.some((f) => f === probe.field || f.startsWith(`${probe.field}.`))
            )
              failures.push(`${where}: 400 names ${fields.join(',') || 'no field'}`);
            if (ms > 2000) failures.push(`${where}: took ${Math.round(ms)} ms`);
          }),
        );
      }
      await t.http.get('/api/health').expect(200);
      await t.dataSource.query('DELETE FROM throttle_counters');
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(400);
  });

  function send(target: Target, probe: FieldProbe) {
    if (target.method === 'get')
      return t.http.get(target.path).query(probe.body as Record<string, string>);
    const raw = typeof probe.body === 'string';
    let req = t.http[target.method](target.path)
      .set('Origin', t.url)
      .set('Content-Type', 'application/json');
    if (target.cookie) req = req.set('Cookie', target.cookie);
    return req.send(raw ? probe.body : JSON.stringify(probe.body));
  }
});
