import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import type { Response } from 'supertest';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, SECRET_SUBMITTER, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);

/** Collects a binary body (XLSX, PDF) as a Buffer. */
function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const SECRETS = Object.entries(SECRET_SUBMITTER)
  .filter(([key]) => key !== 'type')
  .map(([, value]) => value);

const MASS_TEXT =
  'Wir lehnen die geplante Bebauung der Grünfläche am Stadtgarten entschieden ab, weil sie das Klima im Quartier verschlechtert.';

describe('assessment (Abwägung)', () => {
  let t: TestApp;
  let planner: string;
  let plannerId: string;
  let moderator: string;
  let procedureId: string;
  let phaseId: string;
  const ids: Record<string, string> = {};

  const submit = async (extra: Record<string, unknown>, phase = phaseId): Promise<string> =>
    (await t.http.post(`/api/phases/${phase}/statements`).send(statementBody(extra)).expect(201))
      .body.id as string;
  const as = (cookie: string) => ({
    get: (path: string) => t.http.get(path).set('Cookie', cookie),
    put: (path: string, body: object) =>
      t.http.put(path).set('Cookie', cookie).set('Origin', t.url).send(body),
    post: (path: string, body: object = {}) =>
      t.http.post(path).set('Cookie', cookie).set('Origin', t.url).send(body),
    delete: (path: string) => t.http.delete(path).set('Cookie', cookie).set('Origin', t.url),
  });
  const exportOf = (kind: string, variant = 'anonymised', cookie = planner) =>
    as(cookie)
      .get(`/api/procedures/${procedureId}/exports/${kind}?variant=${variant}`)
      .buffer(true)
      .parse(binary);
  const workspace = async (query = ''): Promise<{ id: string; [k: string]: unknown }[]> =>
    (
      await as(planner)
        .get(`/api/procedures/${procedureId}/assessment/statements?limit=200${query}`)
        .expect(200)
    ).body.items;
  const pdfText = async (pdf: Buffer): Promise<string> => {
    const dir = mkdtempSync(join(tmpdir(), 'mitplanen-pdf-'));
    try {
      writeFileSync(join(dir, 'a.pdf'), pdf);
      await run('pdftotext', [join(dir, 'a.pdf'), join(dir, 'a.txt')]);
      return readFileSync(join(dir, 'a.txt'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '100000' });
    const plannerUser = await createUser(t, { roles: ['planner'] });
    plannerId = plannerUser.id;
    planner = await sessionCookie(t, plannerId);
    moderator = await sessionCookie(t, (await createUser(t, { roles: ['moderator'] })).id);
    ({ procedureId, phaseId } = await openPhase(t, { moderationMode: 'pre' }));
    ids.west = await submit({
      text: 'Im Westen fehlt ein Zebrastreifen.',
      topic: 'Verkehr',
      geometry: { type: 'Point', coordinates: [7.002, 51.435] },
      submitter: SECRET_SUBMITTER,
    });
    ids.east = await submit({
      text: 'Im Osten bitte mehr Bäume.',
      topic: 'Grün',
      geometry: { type: 'Point', coordinates: [7.008, 51.435] },
    });
    ids.spam = await submit({ text: 'Kauft Uhren bei spam.example!', submitter: SECRET_SUBMITTER });
    for (let i = 0; i < 3; i += 1) {
      ids[`mass${i}`] = await submit({
        text: i === 2 ? `${MASS_TEXT} Bitte!` : MASS_TEXT,
        submitter: { ...SECRET_SUBMITTER, email: `mass${i}@example.org` },
      });
    }
    await as(moderator)
      .post(`/api/moderation/statements/${ids.spam}/decisions`, {
        action: 'reject',
        reasonCode: 'advertising',
        expectedVersion: 0,
      })
      .expect(200);
    // After the end: staff record a letter, which is kept and marked late.
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() - interval '1 minute', opens_at = now() - interval '10 days' WHERE id = $1`,
      [phaseId],
    );
    ids.letter = (
      await as(planner)
        .post(`/api/procedures/${procedureId}/statements/intake`, {
          phaseId,
          channel: 'letter',
          receivedAt: new Date().toISOString(),
          text: 'Per Brief: Die Straße ist zu laut.',
          submitter: { type: 'anonymous' },
        })
        .expect(201)
    ).body.id as string;
  });
  afterAll(() => t.close());

  it('lists every statement in the workspace: pending, rejected by moderation, late, recorded by staff', async () => {
    const items = await workspace();
    expect(items.map((i) => i.id).sort()).toEqual(Object.values(ids).sort());
    const rejected = await workspace('&publicationStatus=rejected');
    expect(rejected.map((i) => i.id)).toEqual([ids.spam]);
    expect(rejected[0]).toMatchObject({
      processingStatus: 'received',
      rejectionReason: 'advertising',
    });
    const late = await workspace('&late=true');
    expect(late.map((i) => i.id)).toEqual([ids.letter]);
    expect(late[0]).toMatchObject({ channel: 'letter', publicationStatus: 'not_public' });
    expect((await workspace('&topic=Gr%C3%BCn')).map((i) => i.id)).toEqual([ids.east]);
  });

  it('filters by an area drawn on the map exactly, and pages with a cursor', async () => {
    // A triangle whose bounding box holds both points but whose shape holds only the west one.
    const area = {
      type: 'Polygon',
      coordinates: [
        [
          [7.0, 51.43],
          [7.01, 51.43],
          [7.0, 51.44],
          [7.0, 51.43],
        ],
      ],
    };
    const inside = await workspace(`&area=${encodeURIComponent(JSON.stringify(area))}`);
    expect(inside.map((i) => i.id)).toEqual([ids.west]);
    const bad = await as(planner)
      .get(
        `/api/procedures/${procedureId}/assessment/statements?area=${encodeURIComponent('{"type":"Point"}')}`,
      )
      .expect(400);
    expect(bad.body.errors[0].field).toBe('area');
    const first = await as(planner)
      .get(`/api/procedures/${procedureId}/assessment/statements?limit=4`)
      .expect(200);
    const second = await as(planner)
      .get(
        `/api/procedures/${procedureId}/assessment/statements?limit=4&after=${first.body.nextCursor}`,
      )
      .expect(200);
    expect(
      [...first.body.items, ...second.body.items].map((i: { id: string }) => i.id).sort(),
    ).toEqual(Object.values(ids).sort());
    expect(second.body.nextCursor).toBeNull();
  });

  it('assigns to planners only; an assigned statement is in review', async () => {
    const resident = await createUser(t);
    const refused = await as(planner)
      .post(`/api/procedures/${procedureId}/assessment/assign`, {
        statementIds: [ids.east],
        assigneeId: resident.id,
      })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'ASSIGNEE_INVALID' });
    expect(refused.body.errors[0].field).toBe('assigneeId');
    await as(planner)
      .post(`/api/procedures/${procedureId}/assessment/assign`, {
        statementIds: [ids.east, ids.west],
        assigneeId: plannerId,
      })
      .expect(200, { updated: 2 });
    const mine = await workspace(`&assignee=${plannerId}`);
    expect(mine.map((i) => i.id).sort()).toEqual([ids.east, ids.west].sort());
    expect(mine.every((i) => i.processingStatus === 'in_review')).toBe(true);
    expect((await workspace('&assignee=none')).map((i) => i.id)).not.toContain(ids.east);
  });

  it('assesses with a result and response, with a default for acknowledged and optimistic locking', async () => {
    const path = (id: string) => `/api/statements/${id}/assessment`;
    const missing = await as(planner)
      .put(path(ids.west), { result: 'followed', expectedVersion: 0 })
      .expect(400);
    expect(missing.body.errors[0].field).toBe('response');
    const ok = await as(planner)
      .put(path(ids.west), {
        result: 'partly_followed',
        response: 'Ein Zebrastreifen wird geprüft.',
        expectedVersion: 0,
      })
      .expect(200);
    expect(ok.body).toMatchObject({
      result: 'partly_followed',
      resultCode: '2000',
      version: 1,
      processingStatus: 'assessed',
      assigneeId: plannerId,
    });
    const stale = await as(planner)
      .put(path(ids.west), { result: 'followed', response: 'x', expectedVersion: 0 })
      .expect(409);
    expect(stale.body.current).toMatchObject({ version: 1, result: 'partly_followed' });
    const ack = await as(planner)
      .put(path(ids.spam), { result: 'acknowledged', expectedVersion: 0 })
      .expect(200);
    expect(ack.body.response).toBe('Die Stellungnahme wird zur Kenntnis genommen.');
    await as(planner)
      .put(path(ids.east), {
        result: 'followed',
        response: 'Es werden 12 Bäume gepflanzt.',
        expectedVersion: 0,
      })
      .expect(200);
    const progress = await as(planner)
      .get(`/api/procedures/${procedureId}/assessment/progress`)
      .expect(200);
    expect(progress.body).toMatchObject({
      assessed: 3,
      total: 7,
      byResult: { partly_followed: 1, acknowledged: 1, followed: 1 },
    });
    await as(moderator).put(path(ids.east), { result: 'followed', expectedVersion: 1 }).expect(403);
  });

  it('keeps response templates by topic', async () => {
    const base = `/api/procedures/${procedureId}/assessment/templates`;
    const bad = await as(planner)
      .post(base, { title: 'x', topic: 'Unbekannt', result: 'followed', text: 'y' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('topic');
    const green = await as(planner)
      .post(base, {
        title: 'Bäume',
        topic: 'Grün',
        result: 'followed',
        text: 'Bäume werden gepflanzt.',
      })
      .expect(201);
    await as(planner)
      .post(base, {
        title: 'Allgemein',
        result: 'acknowledged',
        text: 'Wird zur Kenntnis genommen.',
      })
      .expect(201);
    await as(planner)
      .post(base, { title: 'Tempo', topic: 'Verkehr', result: 'not_followed', text: 'Nein.' })
      .expect(201);
    const forGreen = await as(planner).get(`${base}?topic=Gr%C3%BCn`).expect(200);
    expect(forGreen.body.map((x: { title: string }) => x.title).sort()).toEqual([
      'Allgemein',
      'Bäume',
    ]);
    await as(planner)
      .put(`/api/assessment/templates/${green.body.id}`, {
        title: 'Bäume (neu)',
        topic: 'Grün',
        result: 'partly_followed',
        text: 'Einige Bäume.',
      })
      .expect(200);
    await as(planner).delete(`/api/assessment/templates/${green.body.id}`).expect(204);
    await as(planner).delete(`/api/assessment/templates/${green.body.id}`).expect(404);
  });

  it('groups near-identical statements and answers the group with one response', async () => {
    const detected = await as(planner)
      .post(`/api/procedures/${procedureId}/assessment/groups`, { threshold: 0.8 })
      .expect(200);
    expect(detected.body.items).toHaveLength(1);
    const [group] = detected.body.items;
    expect(group).toMatchObject({ size: 3, leadStatementId: ids.mass0, publicNotice: false });
    await as(planner)
      .put(`/api/assessment/groups/${group.id}/public-notice`, { publicNotice: true })
      .expect(422);
    await as(planner)
      .put(`/api/assessment/groups/${group.id}/assessment`, {
        result: 'not_followed',
        response: 'Die Grünfläche bleibt zur Hälfte erhalten.',
      })
      .expect(200, { updated: 3 });
    const members = await workspace(`&groupId=${group.id}`);
    expect(members.map((m) => m.id).sort()).toEqual([ids.mass0, ids.mass1, ids.mass2].sort());
    for (const m of members) {
      expect(m).toMatchObject({
        result: 'not_followed',
        response: 'Die Grünfläche bleibt zur Hälfte erhalten.',
        processingStatus: 'assessed',
        groupSize: 3,
      });
    }
  });

  it('exports anonymised CSV and GeoJSON without any submitter field, counting group signatories', async () => {
    const csv = await exportOf('csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="?Abwaegung-ST-[\w-]+-anonymisiert\.csv"?$/,
    );
    expect(csv.headers['x-export-rows']).toBe('7');
    const text = (csv.body as Buffer).toString('utf8');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const [header, ...lines] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).not.toMatch(/Name|E-Mail|Straße|PLZ|Organisation/);
    const signatories = header.split(';').indexOf('Unterzeichnende / Signatories');
    const massRows = lines.filter((l) => l.includes('Grünfläche am Stadtgarten'));
    expect(massRows.map((l) => l.split(';')[signatories])).toEqual(['3', '3', '3']);

    const geo = await exportOf('geojson').expect(200);
    expect(geo.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse((geo.body as Buffer).toString('utf8'));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(7);
    const west = collection.features.find((f: { properties: { text: string } }) =>
      f.properties.text.includes('Zebrastreifen'),
    );
    expect(west.geometry).toEqual({ type: 'Point', coordinates: [7.002, 51.435] });
    expect(west.properties).toMatchObject({ result: 'partly_followed', resultCode: '2000' });
    for (const f of collection.features) {
      for (const key of [
        'name',
        'organisation',
        'street',
        'postcode',
        'city',
        'email',
        'submitterType',
      ]) {
        expect(f.properties).not.toHaveProperty(key);
      }
    }
    const raw = (geo.body as Buffer).toString('utf8');
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
  });

  it('exports an XLSX that opens and whose rows match the database, without submitter data', async () => {
    const res = await exportOf('xlsx').expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.getWorksheet('Abwägung')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).not.toEqual(expect.arrayContaining(['Name']));
    const col = (name: string) => headers.indexOf(name) + 1;
    const rows: Record<string, unknown>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push({
        reference: row.getCell(col('Aktenzeichen / Reference')).value,
        result: row.getCell(col('Ergebnis (Code)')).value ?? null,
        response: row.getCell(col('Abwägung / Response')).value ?? '',
        processing: row.getCell(col('Bearbeitung (Code)')).value,
      });
      for (const cell of row.values as unknown[]) {
        for (const secret of SECRETS) expect(JSON.stringify(cell ?? '')).not.toContain(secret);
      }
    });
    const db = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT s.reference, a.result, coalesce(a.response, '') AS response, s.processing_status AS processing
       FROM statements s LEFT JOIN assessments a ON a.statement_id = s.id
       WHERE s.procedure_id = $1 ORDER BY s.received_at, s.id`,
      [procedureId],
    );
    expect(rows).toEqual(db);
  });

  it('renders the PDF report (page 1 with the map becomes a non-blank image) without submitter data', async () => {
    const res = await exportOf('pdf').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Zebrastreifen');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const dir = mkdtempSync(join(tmpdir(), 'mitplanen-png-'));
    try {
      writeFileSync(join(dir, 'report.pdf'), pdf);
      await run('pdftoppm', [
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        '-r',
        '50',
        join(dir, 'report.pdf'),
        join(dir, 'page'),
      ]);
      const png = PNG.sync.read(readFileSync(join(dir, 'page-1.png')));
      expect(png.width).toBeGreaterThan(300);
      const colours = new Set<number>();
      let dark = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        colours.add((r << 16) | (g << 8) | b);
        if (r + g + b < 600) dark += 1;
      }
      // Text, the area outline and fill, and the red statement dots.
      expect(dark).toBeGreaterThan(500);
      expect(colours.size).toBeGreaterThan(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives named_internal exports to planners only and logs each in the audit log', async () => {
    await exportOf('csv', 'named_internal', moderator).expect(403);
    const resident = await sessionCookie(t, (await createUser(t)).id);
    await exportOf('csv', 'named_internal', resident).expect(403);
    await t.http.get(`/api/procedures/${procedureId}/exports/csv`).expect(401);
    const before = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'export.named_internal'`,
      [procedureId],
    );
    expect(before).toHaveLength(0);
    const res = await exportOf('csv', 'named_internal').expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text).toContain(SECRET_SUBMITTER.name);
    expect(text).toContain(SECRET_SUBMITTER.email);
    expect(res.headers['content-disposition']).toContain('intern');
    await exportOf('xlsx', 'named_internal').expect(200);
    const entries = await t.dataSource.query<{ actor_id: string; after: { kind: string } }[]>(
      `SELECT actor_id, after FROM audit_log WHERE entity_id = $1 AND action = 'export.named_internal' ORDER BY at`,
      [procedureId],
    );
    expect(entries.map((e) => [e.actor_id, e.after.kind])).toEqual([
      [plannerId, 'csv'],
      [plannerId, 'xlsx'],
    ]);
    const badKind = await exportOf('docx').expect(400);
    expect(JSON.parse((badKind.body as Buffer).toString()).errors[0].field).toBe('kind');
  });

  it('sends result letters through the outbox and lists results publicly without personal data', async () => {
    const sent = await as(planner)
      .post(`/api/procedures/${procedureId}/assessment/result-letters`)
      .expect(200);
    // Assessed: west, spam (named), the group of three (named), east (anonymous).
    expect(sent.body).toEqual({
      letters: 5,
      lettersToPost: 0,
      publicNotice: 0,
      anonymous: 1,
      notAssessed: 1,
    });
    const mails = await t.dataSource.query<{ recipient: string; body_text: string }[]>(
      `SELECT recipient, body_text FROM outbox_messages WHERE template = 'assessment.result' ORDER BY recipient`,
    );
    expect(mails.map((m) => m.recipient).sort()).toEqual(
      [
        SECRET_SUBMITTER.email,
        SECRET_SUBMITTER.email,
        'mass0@example.org',
        'mass1@example.org',
        'mass2@example.org',
      ].sort(),
    );
    const mail = mails.find((m) => m.body_text.includes('Zebrastreifen wird geprüft'))!;
    const link = /\/api\/result-letters\/[0-9a-f-]+\?token=[\w-]+/.exec(mail.body_text)![0];
    const letter = await t.http.get(link).buffer(true).parse(binary).expect(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(await pdfText(letter.body as Buffer)).toContain('teilweise berücksichtigt');
    await t.http.get(link.replace(/token=.*/, 'token=wrong')).expect(404);
    const [row] = await t.dataSource.query<{ processing_status: string }[]>(
      `SELECT processing_status FROM statements WHERE id = $1`,
      [ids.west],
    );
    expect(row.processing_status).toBe('result_sent');
    const again = await as(planner)
      .post(`/api/procedures/${procedureId}/assessment/result-letters`)
      .expect(200);
    expect(again.body.letters).toBe(0);

    const results = await t.http.get(`/api/procedures/${procedureId}/results`).expect(200);
    expect(results.body.items).toHaveLength(6);
    const spam = results.body.items.find((r: { response: string }) =>
      r.response.includes('zur Kenntnis'),
    );
    expect(spam).toMatchObject({ result: 'acknowledged', resultCode: '5000', text: '' });
    const raw = JSON.stringify(results.body);
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
  });

  it('announces the result of a group of more than 50 publicly instead of by letters', async () => {
    const other = await openPhase(t, { moderationMode: 'none' });
    for (let i = 0; i < 51; i += 1) {
      await submit(
        {
          text: `${MASS_TEXT} (${i % 3})`,
          submitter: { ...SECRET_SUBMITTER, email: `m${i}@example.org` },
        },
        other.phaseId,
      );
    }
    const single = await submit(
      { text: 'Eine ganz eigene Meinung.', submitter: SECRET_SUBMITTER },
      other.phaseId,
    );
    const base = `/api/procedures/${other.procedureId}/assessment`;
    const groups = await as(planner).post(`${base}/groups`, {}).expect(200);
    expect(groups.body.items.map((g: { size: number }) => g.size)).toEqual([51]);
    const group = groups.body.items[0];
    await as(planner)
      .put(`/api/assessment/groups/${group.id}/public-notice`, { publicNotice: true })
      .expect(200);
    await as(planner)
      .put(`/api/assessment/groups/${group.id}/assessment`, { result: 'acknowledged' })
      .expect(200, { updated: 51 });
    await as(planner)
      .put(`/api/statements/${single}/assessment`, { result: 'acknowledged', expectedVersion: 0 })
      .expect(200);
    const before = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM outbox_messages WHERE template = 'assessment.result'`,
    );
    // Results go out only after the phase has ended.
    await as(planner).post(`${base}/result-letters`).expect(409);
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() - interval '1 minute', opens_at = now() - interval '10 days' WHERE id = $1`,
      [other.phaseId],
    );
    const sent = await as(planner).post(`${base}/result-letters`).expect(200);
    expect(sent.body).toMatchObject({ letters: 1, publicNotice: 51 });
    const after = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM outbox_messages WHERE template = 'assessment.result'`,
    );
    expect(after.length - before.length).toBe(1);
    const results = await t.http
      .get(`/api/procedures/${other.procedureId}/results?limit=200`)
      .expect(200);
    expect(
      results.body.items.filter((r: { publicNotice: boolean }) => r.publicNotice),
    ).toHaveLength(51);
    expect(results.body.items[0]).toMatchObject({ signatories: 51 });
  });
});
