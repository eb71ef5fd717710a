import { readFileSync } from 'node:fs';
import { addDays, berlinDate, minimumEnd } from '../../src/phases/deadlines/index.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { waitFor } from '../support/processes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [7.01, 51.45],
      [7.02, 51.45],
      [7.02, 51.46],
      [7.01, 51.46],
      [7.01, 51.45],
    ],
  ],
};
const PDF = readFileSync('test/fixtures/documents/begruendung.pdf');

describe('planners run procedures and phases', () => {
  let t: TestApp;
  let planner: string;
  let resident: string;
  let moderator: string;
  let n = 0;

  /** A request as the planner, from this site. */
  const as = (cookie: string) => ({
    post: (path: string) => t.http.post(path).set('Cookie', cookie).set('Origin', t.url),
    patch: (path: string) => t.http.patch(path).set('Cookie', cookie).set('Origin', t.url),
    get: (path: string) => t.http.get(path).set('Cookie', cookie),
  });

  async function newProcedure(extra: Record<string, unknown> = {}): Promise<string> {
    n += 1;
    const res = await as(planner)
      .post('/api/procedures')
      .send({
        reference: `BP-T-${n}`,
        title: `Testplan ${n}`,
        type: 'bebauungsplan',
        district: 'Südviertel',
        area: AREA,
        ...extra,
      })
      .expect(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp({ DOCUMENT_MAX_MB: '1' });
    planner = await sessionCookie(t, (await createUser(t, { roles: ['planner'] })).id);
    resident = await sessionCookie(t, (await createUser(t, { roles: ['resident'] })).id);
    moderator = await sessionCookie(t, (await createUser(t, { roles: ['moderator'] })).id);
  });
  afterAll(() => t.close());

  it('creates a draft that only planners see, then publishes it', async () => {
    const id = await newProcedure({ summary: 'Kurz', description: 'Lang' });
    await t.http.get(`/api/procedures/${id}`).expect(404);
    const planning = await as(planner).get('/api/planning/procedures?status=draft').expect(200);
    expect(planning.body.items.map((p: { id: string }) => p.id)).toContain(id);
    const published = await as(planner)
      .patch(`/api/procedures/${id}`)
      .send({ status: 'published' })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    await t.http.get(`/api/procedures/${id}`).expect(200);
    const back = await as(planner)
      .patch(`/api/procedures/${id}`)
      .send({ status: 'draft' })
      .expect(409);
    expect(back.body.errors[0].field).toBe('status');
  });

  it('refuses invalid areas, areas outside the city and duplicate references, naming the field', async () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [7.01, 51.45],
          [7.02, 51.46],
          [7.02, 51.45],
          [7.01, 51.46],
          [7.01, 51.45],
        ],
      ],
    };
    const invalid = await as(planner)
      .post('/api/procedures')
      .send({
        reference: 'X-1',
        title: 'Kaputt',
        type: 'informal',
        district: 'Mitte',
        area: bowtie,
      })
      .expect(400);
    expect(invalid.body.errors[0]).toMatchObject({ field: 'area', code: 'isAreaGeometry' });
    const berlin = {
      type: 'Polygon',
      coordinates: [
        [
          [13.4, 52.5],
          [13.41, 52.5],
          [13.41, 52.51],
          [13.4, 52.5],
        ],
      ],
    };
    const outside = await as(planner)
      .post('/api/procedures')
      .send({
        reference: 'X-2',
        title: 'Berlin',
        type: 'informal',
        district: 'Mitte',
        area: berlin,
      })
      .expect(422);
    expect(outside.body).toMatchObject({
      code: 'GEOMETRY_OUTSIDE_CITY',
      errors: [{ field: 'area' }],
    });
    await newProcedure({ reference: 'DUP-1' });
    const dup = await as(planner)
      .post('/api/procedures')
      .send({
        reference: 'DUP-1',
        title: 'Noch einer',
        type: 'informal',
        district: 'Mitte',
        area: AREA,
      })
      .expect(409);
    expect(dup.body.errors[0].field).toBe('reference');
  });

  it('cannot be bypassed by residents, moderators or anonymous visitors', async () => {
    const id = await newProcedure();
    const body = {
      reference: 'HACK',
      title: 'Hack',
      type: 'informal',
      district: 'Mitte',
      area: AREA,
    };
    for (const cookie of [resident, moderator]) {
      await as(cookie).post('/api/procedures').send(body).expect(403);
      await as(cookie).patch(`/api/procedures/${id}`).send({ status: 'published' }).expect(403);
      await as(cookie)
        .post(`/api/procedures/${id}/phases`)
        .send({ kind: 'informal', startDate: '2030-01-01', endDate: '2030-01-31' })
        .expect(403);
      await as(cookie).get(`/api/planning/procedures/${id}`).expect(403);
    }
    await t.http.post('/api/procedures').set('Origin', t.url).send(body).expect(401);
    const [{ status }] = await t.dataSource.query<{ status: string }[]>(
      `SELECT status FROM procedures WHERE id = $1`,
      [id],
    );
    expect(status).toBe('draft');
  });

  it('applies the legal minimum period and the notice rule to a publication phase', async () => {
    const id = await newProcedure();
    const start = '2030-02-04';
    const min = minimumEnd('publication', start)!;
    const short = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({
        kind: 'publication',
        startDate: start,
        endDate: addDays(min, -1),
        noticePublishedOn: '2030-01-28',
      })
      .expect(422);
    expect(short.body).toMatchObject({
      code: 'PHASE_TOO_SHORT',
      legalMinimumEnd: min,
      errors: [{ field: 'endDate' }],
    });
    const noNotice = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({ kind: 'publication', startDate: start, endDate: min })
      .expect(422);
    expect(noNotice.body).toMatchObject({
      code: 'NOTICE_REQUIRED',
      errors: [{ field: 'noticePublishedOn' }],
    });
    const lateNotice = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({ kind: 'publication', startDate: start, endDate: min, noticePublishedOn: start })
      .expect(422);
    expect(lateNotice.body.code).toBe('NOTICE_REQUIRED');
    const shortened = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({
        kind: 'publication',
        startDate: start,
        endDate: addDays(min, -1),
        noticePublishedOn: '2030-01-28',
        shortenedReason: 'Erneute Auslegung mit geringen Änderungen',
      })
      .expect(201);
    expect(shortened.body).toMatchObject({
      shorterThanMinimum: true,
      legalMinimumEnd: min,
      state: 'upcoming',
      moderationMode: 'none',
    });
    const ok = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({
        kind: 'publication',
        startDate: start,
        endDate: min,
        noticePublishedOn: '2030-01-28',
      })
      .expect(201);
    // 4 Mar 2030 is the legal end of a start on 4 Feb; it closes at 23:59:59.999 Berlin (CET).
    expect(ok.body).toMatchObject({
      startDate: start,
      endDate: min,
      opensAt: '2030-02-03T23:00:00.000Z',
      shorterThanMinimum: false,
    });
    expect(ok.body.closesAt).toBe(new Date(`${min}T22:59:59.999Z`).toISOString());
  });

  it('decides open and closed by the database clock', async () => {
    const id = await newProcedure();
    const today = berlinDate(new Date());
    const created = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({ kind: 'informal', startDate: today, endDate: addDays(today, 10) })
      .expect(201);
    expect(created.body.state).toBe('open');
    // Let the database's own clock end the phase in 1.5 s: no application clock involved.
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() + interval '1500 milliseconds' WHERE id = $1`,
      [created.body.id],
    );
    const before = await as(planner).get(`/api/planning/procedures/${id}`).expect(200);
    expect(before.body.phases[0].state).toBe('open');
    let after = before;
    await waitFor('the database clock to close the phase', async () => {
      after = await as(planner).get(`/api/planning/procedures/${id}`).expect(200);
      return after.body.phases[0].state === 'closed';
    });
    expect(after.body.phases[0].state).toBe('closed');
    expect(new Date(after.body.phases[0].serverTime).getTime()).toBeGreaterThan(
      new Date(after.body.phases[0].closesAt).getTime(),
    );
  });

  it('extends a phase: the public end date changes and the reason is logged and shown', async () => {
    const id = await newProcedure();
    await as(planner).patch(`/api/procedures/${id}`).send({ status: 'published' }).expect(200);
    const today = berlinDate(new Date());
    const phase = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({ kind: 'early_public', startDate: addDays(today, -3), endDate: addDays(today, 5) })
      .expect(201);
    const noReason = await as(planner)
      .post(`/api/phases/${phase.body.id}/extend`)
      .send({ endDate: addDays(today, 12) })
      .expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const earlier = await as(planner)
      .post(`/api/phases/${phase.body.id}/extend`)
      .send({ endDate: addDays(today, 4), reason: 'Versehen' })
      .expect(422);
    expect(earlier.body.errors[0].field).toBe('endDate');
    await as(planner)
      .post(`/api/phases/${phase.body.id}/extend`)
      .send({ endDate: addDays(today, 12), reason: 'Wegen der Herbstferien verlängert' })
      .expect(200);
    const pub = await t.http.get(`/api/procedures/${id}`).expect(200);
    expect(pub.body.currentPhase).toMatchObject({ state: 'open', endDate: addDays(today, 12) });
    expect(pub.body.phases[0].changes).toEqual([
      expect.objectContaining({
        action: 'phase.extended',
        reason: 'Wegen der Herbstferien verlängert',
        previousEndDate: addDays(today, 5),
        newEndDate: addDays(today, 12),
      }),
    ]);
    const log = await t.dataSource.query<{ action: string; actor_id: string; reason: string }[]>(
      `SELECT action, actor_id, reason FROM audit_log WHERE entity_id = $1 ORDER BY at`,
      [phase.body.id],
    );
    expect(log.map((e) => e.action)).toEqual(['phase.created', 'phase.extended']);
    expect(log[1].actor_id).toEqual(expect.any(String));
  });

  it('opens an upcoming phase early and closes an open one early, each with a public reason', async () => {
    const id = await newProcedure();
    const today = berlinDate(new Date());
    const phase = await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({ kind: 'informal', startDate: addDays(today, 5), endDate: addDays(today, 20) })
      .expect(201);
    const opened = await as(planner)
      .post(`/api/phases/${phase.body.id}/open`)
      .send({ reason: 'Auf Wunsch des Bezirks' })
      .expect(200);
    expect(opened.body).toMatchObject({ state: 'open', startDate: today });
    await as(planner).post(`/api/phases/${phase.body.id}/open`).send({}).expect(409);
    await as(planner).post(`/api/phases/${phase.body.id}/close`).send({}).expect(400);
    const closed = await as(planner)
      .post(`/api/phases/${phase.body.id}/close`)
      .send({ reason: 'Verfahren wird eingestellt' })
      .expect(200);
    expect(closed.body).toMatchObject({ state: 'closed', endDate: today });
    expect(closed.body.changes.map((c: { action: string }) => c.action)).toEqual([
      'phase.opened',
      'phase.closed',
    ]);
    await as(planner)
      .post(`/api/phases/${phase.body.id}/extend`)
      .send({ endDate: addDays(today, 30), reason: 'Zu spät' })
      .expect(409);
  });

  it('keeps the audit log append-only for every code path', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET reason = 'rewritten'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM audit_log WHERE reason = 'rewritten'`,
    );
    expect(Number(count)).toBe(0);
  });

  it('uploads a PDF checked by its bytes and serves it with the right headers', async () => {
    const id = await newProcedure();
    const up = await as(planner)
      .post(`/api/procedures/${id}/documents`)
      .field('title', 'Begründung')
      .field('kind', 'begruendung')
      .attach('file', PDF, { filename: 'Begründung BP 12.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(up.body).toMatchObject({
      mediaType: 'application/pdf',
      size: PDF.length,
      kind: 'begruendung',
    });
    // Draft: the public cannot fetch it yet, the planner can.
    await t.http.get(up.body.url).expect(404);
    await as(planner).get(up.body.url).expect(200);
    await as(planner).patch(`/api/procedures/${id}`).send({ status: 'published' }).expect(200);
    const file = await t.http.get(up.body.url).buffer(true).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-length']).toBe(String(PDF.length));
    expect(file.headers['content-disposition']).toMatch(
      /^inline; filename="Begr.ndung BP 12.pdf"; filename\*=UTF-8''Begr%C3%BCndung%20BP%2012.pdf$/,
    );
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    const pub = await t.http.get(`/api/procedures/${id}`).expect(200);
    expect(pub.body.documents).toEqual([
      expect.objectContaining({ id: up.body.id, size: PDF.length }),
    ]);
  });

  it('refuses a disguised executable, a missing file and an oversized file, naming the field', async () => {
    const id = await newProcedure();
    const exe = await as(planner)
      .post(`/api/procedures/${id}/documents`)
      .field('title', 'Plan')
      .field('kind', 'plan')
      .attach('file', readFileSync('test/fixtures/documents/disguised-executable.pdf'), {
        filename: 'plan.pdf',
        contentType: 'application/pdf',
      })
      .expect(415);
    expect(exe.body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', errors: [{ field: 'file' }] });
    const none = await as(planner)
      .post(`/api/procedures/${id}/documents`)
      .field('title', 'Plan')
      .field('kind', 'plan')
      .expect(400);
    expect(none.body.errors[0].field).toBe('file');
    const big = Buffer.concat([PDF, Buffer.alloc(1.5 * 1024 * 1024, 32)]);
    const huge = await as(planner)
      .post(`/api/procedures/${id}/documents`)
      .field('title', 'Plan')
      .field('kind', 'plan')
      .attach('file', big, { filename: 'gross.pdf', contentType: 'application/pdf' })
      .expect(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM procedure_documents WHERE procedure_id = $1`,
      [id],
    );
    expect(Number(count)).toBe(0);
  });

  it('reads an XPlanGML file into a draft proposal and refuses a wrong namespace', async () => {
    const res = await as(planner)
      .post('/api/procedures/import/xplanung')
      .attach(
        'file',
        readFileSync('test/fixtures/xplanung/bp-plan-6-0-stoppenberg.gml'),
        'plan.gml',
      )
      .expect(200);
    expect(res.body).toMatchObject({
      type: 'bebauungsplan',
      sourceCrs: 'EPSG:25832',
      area: { type: 'MultiPolygon' },
    });
    const created = await as(planner)
      .post('/api/procedures')
      .send({
        reference: `XP-${Date.now()}`,
        title: res.body.title || 'XPlan',
        type: res.body.type,
        district: res.body.district || 'Stoppenberg',
        area: res.body.area,
      })
      .expect(201);
    expect(created.body.area.type).toBe('MultiPolygon');
    const wrong = await as(planner)
      .post('/api/procedures/import/xplanung')
      .attach('file', readFileSync('test/fixtures/xplanung/wrong-namespace-4-1.gml'), 'alt.gml')
      .expect(422);
    expect(wrong.body).toMatchObject({
      code: 'XPLANUNG_INVALID',
      errors: [{ field: 'file', code: 'WRONG_NAMESPACE' }],
    });
  });

  it('filters public procedures by the state of their phases', async () => {
    const id = await newProcedure();
    await as(planner).patch(`/api/procedures/${id}`).send({ status: 'published' }).expect(200);
    const today = berlinDate(new Date());
    await as(planner)
      .post(`/api/procedures/${id}/phases`)
      .send({ kind: 'informal', startDate: addDays(today, 3), endDate: addDays(today, 9) })
      .expect(201);
    const upcoming = await t.http.get('/api/procedures?phase=upcoming').expect(200);
    expect(upcoming.body.items.map((p: { id: string }) => p.id)).toContain(id);
    const open = await t.http.get('/api/procedures?phase=open').expect(200);
    expect(open.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it('proposes the legal minimum end for a start date', async () => {
    await t.http.get('/api/phases/deadline?kind=publication&startDate=2025-02-03').expect(200, {
      kind: 'publication',
      startDate: '2025-02-03',
      minimumEnd: '2025-03-04',
      proposedEnd: '2025-03-04',
    });
    const bad = await t.http
      .get('/api/phases/deadline?kind=publication&startDate=2025-02-30')
      .expect(400);
    expect(bad.body.errors[0].field).toBe('startDate');
  });
});
