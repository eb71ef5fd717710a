import { NotificationsService } from '../../src/notifications/notifications.service.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, PLAN_AREA, SECRET_SUBMITTER, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '1000000', DATABASE_POOL_SIZE: '10' });
  });
  afterAll(() => t.close());

  const submit = (phaseId: string, body: Record<string, unknown>, key?: string) => {
    const req = t.http.post(`/api/phases/${phaseId}/statements`).send(body);
    return key ? req.set('Idempotency-Key', key) : req;
  };

  it('accepts a statement with a receipt, a private status link, a PDF and a receipt mail', async () => {
    const { phaseId, reference } = await openPhase(t);
    const year = new Date().getFullYear();
    const res = await submit(
      phaseId,
      statementBody({
        geometry: { type: 'Point', coordinates: [7.005, 51.435] },
        topic: 'Grün',
        submitter: SECRET_SUBMITTER,
      }),
    ).expect(201);
    expect(res.body).toMatchObject({
      reference: `${reference}/${year}-0001`,
      publicationStatus: 'pending',
      mailed: true,
      receivedAtBerlin: expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/),
    });
    const status = await t.http
      .get(
        `/api${res.body.statusUrl.replace('/stellungnahmen/status?ref=', '/statements/status?reference=')}`,
      )
      .expect(200);
    expect(status.body).toMatchObject({
      processingStatus: 'received',
      publicationStatus: 'pending',
      topic: 'Grün',
      late: false,
    });
    await t.http
      .get(
        `/api/statements/status?reference=${encodeURIComponent(res.body.reference)}&token=wrong-token`,
      )
      .expect(404);
    const pdf = await t.http.get(res.body.receiptUrl).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // The mail is queued as a template; it reads as the worker will render it.
    const [queued] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM outbox_messages WHERE template = 'statements.receipt' AND recipient = $1`,
      [SECRET_SUBMITTER.email],
    );
    const mail = await t.app.get(NotificationsService).get(queued.id);
    expect(mail.subject).toContain(res.body.reference);
    expect(mail.bodyText).toContain('Bitte mehr Bäume');
    const [submitter] = await t.dataSource.query<{ name: string }[]>(
      `SELECT name FROM statement_submitters WHERE statement_id = $1`,
      [res.body.id],
    );
    expect(submitter.name).toBe(SECRET_SUBMITTER.name);
  });

  it('refuses bad input with problem+json naming the field', async () => {
    const { phaseId } = await openPhase(t);
    const cases: [Record<string, unknown>, number, string][] = [
      [statementBody({ geometry: { type: 'Point', coordinates: [7.2, 51.5] } }), 422, 'geometry'],
      [
        statementBody({
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [7, 51],
                [7.1, 51],
              ],
            ],
          },
        }),
        400,
        'geometry',
      ],
      [statementBody({ geometry: { type: 'Point', coordinates: ['x', 51] } }), 400, 'geometry'],
      [
        statementBody({ geometry: { type: 'MultiPoint', coordinates: [[7, 51]] } }),
        400,
        'geometry',
      ],
      [statementBody({ text: 'x'.repeat(20_001) }), 400, 'text'],
      [statementBody({ text: '' }), 400, 'text'],
      [statementBody({ topic: 'Unbekannt' }), 400, 'topic'],
      [statementBody({ privacyNoticeAcknowledged: false }), 400, 'privacyNoticeAcknowledged'],
      [statementBody({ submitter: { type: 'named' } }), 400, 'submitter.name'],
      [
        statementBody({ submitter: { type: 'anonymous', email: 'kaputt' } }),
        400,
        'submitter.email',
      ],
      [statementBody({ website: 'http://spam.example' }), 400, 'website'],
      [
        statementBody({ attachmentIds: ['00000000-0000-4000-8000-000000000000'] }),
        400,
        'attachmentIds',
      ],
    ];
    for (const [body, status, field] of cases) {
      const res = await submit(phaseId, body);
      expect({ field, status: res.status }).toEqual({ field, status });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM statements WHERE phase_id = $1`,
      [phaseId],
    );
    expect(Number(count)).toBe(0);
  });

  it('refuses a statement to a procedure withdrawn a moment ago, with or without mail', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    const url = `/api/phases/${phaseId}/statements`;
    // The first submission lets this instance keep phase and procedure for a second.
    await t.http.post(url).send(statementBody()).expect(201);
    await t.dataSource.query(`UPDATE procedures SET status = 'draft' WHERE id = $1`, [procedureId]);
    const anonymous = await t.http.post(url).send(statementBody()).expect(404);
    expect(anonymous.body.code).toBe('PHASE_NOT_FOUND');
    const named = await t.http
      .post(url)
      .send(statementBody({ submitter: SECRET_SUBMITTER }))
      .expect(404);
    expect(named.body.code).toBe('PHASE_NOT_FOUND');
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM statements WHERE phase_id = $1`,
      [phaseId],
    );
    expect(n).toBe(1);
  });

  it('refuses a disguised executable as attachment and binds a real PDF', async () => {
    const { phaseId } = await openPhase(t);
    const exe = await t.http
      .post(`/api/phases/${phaseId}/attachments`)
      .attach('file', readFileSync('test/fixtures/documents/disguised-executable.pdf'), {
        filename: 'stellungnahme.pdf',
        contentType: 'application/pdf',
      })
      .expect(415);
    expect(exe.body.errors[0].field).toBe('file');
    const pdf = await t.http
      .post(`/api/phases/${phaseId}/attachments`)
      .attach('file', readFileSync('test/fixtures/documents/begruendung.pdf'), 'anlage.pdf')
      .expect(201);
    const res = await submit(phaseId, statementBody({ attachmentIds: [pdf.body.id] })).expect(201);
    const [row] = await t.dataSource.query<{ statement_id: string }[]>(
      `SELECT statement_id FROM statement_attachments WHERE id = $1`,
      [pdf.body.id],
    );
    expect(row.statement_id).toBe(res.body.id);
    // An attachment belongs to one statement only.
    await submit(phaseId, statementBody({ attachmentIds: [pdf.body.id] })).expect(400);
  });

  it('creates exactly one statement for 50 concurrent retries with one Idempotency-Key', async () => {
    const { phaseId } = await openPhase(t);
    const body = statementBody({ text: 'Doppelklick-Test' });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => submit(phaseId, body, 'retry-key-0001')),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((a) => a.body.reference)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(49);
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM statements WHERE phase_id = $1`,
      [phaseId],
    );
    expect(Number(count)).toBe(1);
    const other = await submit(
      phaseId,
      statementBody({ text: 'Anderer Text' }),
      'retry-key-0001',
    ).expect(422);
    expect(other.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('gives 500 concurrent submissions 500 distinct references without gaps', async () => {
    const { phaseId, reference } = await openPhase(t);
    const answers = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        submit(phaseId, statementBody({ text: `Stellungnahme Nummer ${i}` })),
      ),
    );
    expect(answers.filter((a) => a.status !== 201).map((a) => a.status)).toEqual([]);
    const numbers = answers
      .map((a) => Number((a.body.reference as string).split('-').pop()))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(answers.every((a) => (a.body.reference as string).startsWith(`${reference}/`))).toBe(
      true,
    );
  });

  it('decides the deadline race by the database clock: accepted before the end, PHASE_CLOSED after, no 5xx', async () => {
    const { phaseId } = await openPhase(t);
    const answers: Awaited<ReturnType<typeof submit>>[] = [];
    /** A wave of submissions at once, so that the end of the phase falls among them. */
    const wave = async () =>
      answers.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            submit(phaseId, statementBody({ text: `Kurz vor Schluss ${answers.length + i}` })),
          ),
        )),
      );
    await wave(); // while the phase is open
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() + interval '300 milliseconds' WHERE id = $1`,
      [phaseId],
    );
    const [{ closes_at }] = await t.dataSource.query<{ closes_at: Date }[]>(
      `SELECT closes_at FROM phases WHERE id = $1`,
      [phaseId],
    );
    // Waves until the database clock has passed the end (polled on that condition, not timed).
    for (let i = 0; i < 500 && answers.every((a) => a.status === 201); i += 1) await wave();
    await wave(); // and one after it
    const accepted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status !== 201);
    expect(answers.filter((a) => a.status >= 500)).toHaveLength(0);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of accepted)
      expect(new Date(a.body.receivedAt).getTime()).toBeLessThan(new Date(closes_at).getTime());
    for (const r of refused)
      expect({ status: r.status, code: r.body.code }).toEqual({
        status: 409,
        code: 'PHASE_CLOSED',
      });
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM statements WHERE phase_id = $1`,
      [phaseId],
    );
    expect(Number(count)).toBe(accepted.length);
  });

  it('lets staff record letters, also late ones, which are kept and marked', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() - interval '1 day', opens_at = now() - interval '10 days' WHERE id = $1`,
      [phaseId],
    );
    await submit(phaseId, statementBody()).expect(409);
    const planner = await sessionCookie(t, (await createUser(t, { roles: ['planner'] })).id);
    const res = await t.http
      .post(`/api/procedures/${procedureId}/statements/intake`)
      .set('Cookie', planner)
      .set('Origin', t.url)
      .send({
        phaseId,
        channel: 'letter',
        receivedAt: new Date().toISOString(),
        text: 'Per Brief eingegangen.',
        submitter: SECRET_SUBMITTER,
      })
      .expect(201);
    const [row] = await t.dataSource.query<
      { late: boolean; channel: string; publication_status: string; recorded_by: string }[]
    >(`SELECT late, channel, publication_status, recorded_by FROM statements WHERE id = $1`, [
      res.body.id,
    ]);
    expect(row).toMatchObject({
      late: true,
      channel: 'letter',
      publication_status: 'not_public',
      recorded_by: expect.any(String),
    });
  });

  it('never shows submitter data in a public answer, on any public statement route', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'post' });
    const geometry = { type: 'Point', coordinates: [7.005, 51.435] };
    await submit(phaseId, statementBody({ geometry, submitter: SECRET_SUBMITTER })).expect(201);
    const routes = [
      `/api/procedures/${procedureId}`,
      `/api/procedures/${procedureId}/statements`,
      `/api/procedures/${procedureId}/statements/map?bbox=6.9,51.4,7.1,51.5&zoom=16`,
      `/api/procedures/${procedureId}/statements/map?bbox=6.9,51.4,7.1,51.5&zoom=10`,
      `/api/procedures/${procedureId}/statements.geojson`,
      `/api/procedures?q=Verfahren`,
    ];
    for (const route of routes) {
      const res = await t.http.get(route).buffer(true).expect(200);
      const text =
        typeof res.text === 'string' && res.text.length ? res.text : JSON.stringify(res.body);
      for (const value of Object.values(SECRET_SUBMITTER).filter((v) => v !== 'named')) {
        expect({ route, leaked: text.includes(value) ? value : null }).toEqual({
          route,
          leaked: null,
        });
      }
    }
    const list = await t.http.get(`/api/procedures/${procedureId}/statements`).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(Object.keys(list.body.items[0]).sort()).toEqual([
      'geometry',
      'hidden',
      'id',
      'phaseId',
      'receivedAt',
      'reference',
      'text',
      'topic',
    ]);
  });

  it('publishes only what moderation allows: pre-moderated statements stay off the public map', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'pre' });
    await submit(
      phaseId,
      statementBody({ geometry: { type: 'Point', coordinates: [7.005, 51.435] } }),
    ).expect(201);
    const map = await t.http
      .get(`/api/procedures/${procedureId}/statements/map?bbox=6.9,51.4,7.1,51.5&zoom=16`)
      .expect(200);
    expect(map.body.total).toBe(0);
  });

  it('clusters at low zoom and answers features at high zoom, with keyset pages', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'post' });
    for (let i = 0; i < 12; i += 1) {
      const lon = i < 6 ? 7.001 + i * 0.0001 : 7.009 - (i - 6) * 0.0001;
      await submit(
        phaseId,
        statementBody({
          text: `Punkt ${i}`,
          geometry: { type: 'Point', coordinates: [lon, 51.435] },
        }),
      ).expect(201);
    }
    const clusters = await t.http
      .get(`/api/procedures/${procedureId}/statements/map?bbox=6.9,51.4,7.1,51.5&zoom=12`)
      .expect(200);
    expect(clusters.body.mode).toBe('clusters');
    expect(clusters.body.total).toBe(12);
    expect(clusters.body.clusters.length).toBeLessThan(12);
    const features = await t.http
      .get(`/api/procedures/${procedureId}/statements/map?bbox=7.0,51.43,7.005,51.44&zoom=19`)
      .expect(200);
    expect(features.body).toMatchObject({ mode: 'features', total: 6 });
    const page1 = await t.http.get(`/api/procedures/${procedureId}/statements?limit=5`).expect(200);
    const page2 = await t.http
      .get(`/api/procedures/${procedureId}/statements?limit=5&after=${page1.body.nextCursor}`)
      .expect(200);
    const page3 = await t.http
      .get(`/api/procedures/${procedureId}/statements?limit=5&after=${page2.body.nextCursor}`)
      .expect(200);
    const ids = [...page1.body.items, ...page2.body.items, ...page3.body.items].map(
      (s: { id: string }) => s.id,
    );
    expect(new Set(ids).size).toBe(12);
    expect(page3.body.nextCursor).toBeNull();
  });

  it('exports GeoJSON that GDAL reads', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'post' });
    await submit(
      phaseId,
      statementBody({ geometry: { type: 'Point', coordinates: [7.005, 51.435] } }),
    ).expect(201);
    await submit(
      phaseId,
      statementBody({
        geometry: {
          type: 'LineString',
          coordinates: [
            [7.001, 51.431],
            [7.004, 51.433],
          ],
        },
      }),
    ).expect(201);
    await submit(phaseId, statementBody({ geometry: PLAN_AREA })).expect(201);
    const res = await t.http
      .get(`/api/procedures/${procedureId}/statements.geojson`)
      .buffer(true)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const dir = mkdtempSync(join(tmpdir(), 'mitplanen-geojson-'));
    const file = join(dir, 'stellungnahmen.geojson');
    writeFileSync(file, res.text);
    const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
    expect(info).toMatch(/Feature Count: 3/);
    expect(info).toMatch(/reference: String/);
  });

  it('streams every published statement once in the GeoJSON, also past a page of statements received in the same microsecond', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'post' });
    const first = await submit(phaseId, statementBody({ text: 'Erste' })).expect(201);
    // 1,200 more received at the very same instant (as a batch shares its receipt time), so the
    // stream's pages of 1,000 must break the tie by id to the microsecond.
    await t.dataSource.query(
      `INSERT INTO statements (procedure_id, phase_id, reference, year, sequence, text, channel, late,
                               received_at, publication_status, submitter_type, status_token_hash)
       SELECT s.procedure_id, s.phase_id, s.reference || '-' || g, s.year, s.sequence + g, 'Kopie ' || g,
              s.channel, s.late, s.received_at, s.publication_status, s.submitter_type, s.status_token_hash
       FROM statements s, generate_series(1, 1200) g WHERE s.id = $1`,
      [first.body.id],
    );
    const res = await t.http
      .get(`/api/procedures/${procedureId}/statements.geojson`)
      .buffer(true)
      .expect(200);
    const ids = (JSON.parse(res.text) as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids).toHaveLength(1201);
    expect(new Set(ids).size).toBe(1201);
  });
});
