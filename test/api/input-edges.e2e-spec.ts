import { addDays, berlinDate, endOfDayBerlin } from '../../src/phases/deadlines/index.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { circleRing, unknownKeysBody } from '../support/bad-input-probes.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The field errors of a problem+json answer, by field name. */
const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((e) => e.field);

describe('input edges: dates, nulls, limits and the last millisecond (issue 13, items 14–17)', () => {
  let t: TestApp;
  let planner: string;
  const as = (method: 'post' | 'patch', path: string) =>
    t.http[method](path).set('Cookie', planner).set('Origin', t.url);

  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '1000000' });
    planner = await sessionCookie(t, (await createUser(t, { roles: ['planner', 'admin'] })).id);
  });
  afterAll(() => t.close());

  it('16: answers dates outside 1900–2999 with 400 naming the field, never a RangeError', async () => {
    for (const startDate of ['9999-01-04', '1899-12-31', '3000-01-01', '0001-01-01']) {
      const res = await t.http.get(`/api/phases/deadline?kind=publication&startDate=${startDate}`);
      expect({ startDate, status: res.status, fields: fieldsOf(res.body) }).toEqual({
        startDate,
        status: 400,
        fields: ['startDate'],
      });
    }
    const { procedureId, phaseId } = await openPhase(t);
    const created = await as('post', `/api/procedures/${procedureId}/phases`).send({
      kind: 'informal',
      startDate: '2027-01-04',
      endDate: '9999-12-31',
    });
    expect([created.status, fieldsOf(created.body)]).toEqual([400, ['endDate']]);
    const updated = await as('patch', `/api/phases/${phaseId}`).send({ startDate: '1000-01-01' });
    expect([updated.status, fieldsOf(updated.body)]).toEqual([400, ['startDate']]);
  });

  it('16: refuses null for every field of PATCH procedures and phases with 400 naming it', async () => {
    const { procedureId } = await openPhase(t);
    const phase = await as('post', `/api/procedures/${procedureId}/phases`)
      .send({
        kind: 'informal',
        startDate: addDays(berlinDate(new Date()), 30),
        endDate: addDays(berlinDate(new Date()), 60),
      })
      .expect(201);
    const cases = [
      ...[
        'title',
        'district',
        'area',
        'type',
        'reference',
        'summary',
        'description',
        'topics',
        'status',
      ].map((field) => [`/api/procedures/${procedureId}`, field] as const),
      ...[
        'title',
        'startDate',
        'endDate',
        'moderationMode',
        'environmentalInformation',
        'areaDescription',
      ].map((field) => [`/api/phases/${phase.body.id as string}`, field] as const),
    ];
    for (const [path, field] of cases) {
      const res = await as('patch', path).send({ [field]: null });
      expect({
        path,
        field,
        status: res.status,
        fields: fieldsOf(res.body),
        code: res.body.errors?.[0]?.code,
      }).toEqual({
        path,
        field,
        status: 400,
        fields: [field],
        code: 'isNotNull',
      });
    }
  });

  it('17: a statement received in the last millisecond of the last day is on time, the next one is late', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    const lastDay = addDays(berlinDate(new Date()), -2);
    const closesAt = endOfDayBerlin(lastDay);
    await t.dataSource.query(
      `UPDATE phases SET opens_at = $2::timestamptz - interval '20 days', closes_at = $2 WHERE id = $1`,
      [phaseId, closesAt],
    );
    await t.dataSource.query(
      `UPDATE procedures SET created_at = now() - interval '60 days' WHERE id = $1`,
      [procedureId],
    );
    const late: boolean[] = [];
    for (const receivedAt of [closesAt, new Date(closesAt.getTime() + 1)]) {
      const res = await as('post', `/api/procedures/${procedureId}/statements/intake`)
        .send({
          phaseId,
          channel: 'letter',
          receivedAt: receivedAt.toISOString(),
          text: 'Per Brief.',
          submitter: { type: 'anonymous' },
        })
        .expect(201);
      const [row] = await t.dataSource.query<{ late: boolean }[]>(
        `SELECT late FROM statements WHERE id = $1`,
        [res.body.id],
      );
      late.push(row.late);
    }
    expect(closesAt.toISOString()).toMatch(/:59:59\.999Z$/);
    expect(late).toEqual([false, true]);
  });

  it('17: refuses intake dates in year 9999 and statement polygons without area', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    for (const receivedAt of [
      '9999-12-31T23:00:00Z',
      '9999-12-31T23:59:59+14:00',
      '0001-01-01T00:00:00Z',
    ]) {
      const res = await as('post', `/api/procedures/${procedureId}/statements/intake`).send({
        phaseId,
        channel: 'letter',
        receivedAt,
        text: 'Per Brief.',
        submitter: { type: 'anonymous' },
      });
      expect({ receivedAt, status: res.status, fields: fieldsOf(res.body) }).toEqual({
        receivedAt,
        status: 400,
        fields: ['receivedAt'],
      });
    }
    const collinear = {
      type: 'Polygon',
      coordinates: [
        [
          [7.001, 51.431],
          [7.002, 51.432],
          [7.004, 51.434],
          [7.001, 51.431],
        ],
      ],
    };
    const res = await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .send(statementBody({ geometry: collinear }));
    expect([res.status, fieldsOf(res.body)]).toEqual([400, ['geometry']]);
    expect(res.body.errors[0].messages.en).toMatch(/no area/);
  });

  it('14: refuses a plan area past the vertex cap with 400 naming the field', async () => {
    const create = (reference: string, vertices: number) =>
      as('post', '/api/procedures').send({
        reference,
        title: 'Viele Punkte',
        type: 'bebauungsplan',
        district: 'Kettwig',
        area: { type: 'Polygon', coordinates: [circleRing(vertices)] },
      });
    const [capped, huge] = [await create('BP-CAP-1', 6_000), await create('BP-CAP-2', 20_000)];
    expect([capped.status, fieldsOf(capped.body), huge.status, fieldsOf(huge.body)]).toEqual([
      400,
      ['area'],
      400,
      ['area'],
    ]);
    expect(capped.body.errors[0].messages.en).toMatch(/at most 5000/);
    expect((await create('BP-CAP-3', 4_999)).status).toBe(201);
  });

  it('15: refuses a 650 kB body of 60,000 unknown keys with 400 problem+json', async () => {
    const { phaseId } = await openPhase(t);
    const body = unknownKeysBody(60_000);
    expect(body.length).toBeGreaterThan(600_000);
    const res = await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'body', code: 'tooManyKeys' }),
    ]);
  });
});
