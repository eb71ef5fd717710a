import { PNG } from 'pngjs';
import { pdfToBuffer } from '../../src/common/pdf/pdf-buffer.js';
import { AttachmentSweeper } from '../../src/statements/intake/attachment-sweeper.js';
import { FileStorage } from '../../src/storage/file-storage.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** A real one-page PDF made with pdfkit. */
async function smallPdf(): Promise<Buffer> {
  const { doc, bytes } = pdfToBuffer({});
  doc.text('Stellungnahme zum Bebauungsplan');
  doc.end();
  return bytes;
}

/** A real 16×16 PNG made with pngjs. */
function smallPng(): Buffer {
  const png = new PNG({ width: 16, height: 16 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = (i * 7) % 256;
    png.data[i + 1] = (i * 13) % 256;
    png.data[i + 2] = (i * 31) % 256;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** An empty but valid ZIP archive (its end-of-central-directory record). */
const EMPTY_ZIP = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);

describe('attachment hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '1000000', ATTACHMENT_MAX_COUNT: '1' });
  });
  afterAll(() => t.close());

  const upload = (phaseId: string, file: Buffer, filename: string) =>
    t.http.post(`/api/phases/${phaseId}/attachments`).attach('file', file, { filename });

  it('refuses polyglots (PDF+HTML, PNG+ZIP) and a truncated PNG with 400 naming file, and accepts the clean files', async () => {
    const { phaseId } = await openPhase(t);
    const pdf = await smallPdf();
    const png = smallPng();
    const bad: [Buffer, string][] = [
      [
        Buffer.concat([pdf, Buffer.from('<html><script>alert(document.cookie)</script></html>')]),
        'a.pdf',
      ],
      [Buffer.concat([png, EMPTY_ZIP]), 'b.png'],
      [png.subarray(0, Math.floor(png.length / 2)), 'c.png'],
    ];
    for (const [file, name] of bad) {
      const res = await upload(phaseId, file, name).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('FILE_MALFORMED');
      expect(res.body.errors[0].field).toBe('file');
    }
    await upload(phaseId, pdf, 'ok.pdf').expect(201);
    await upload(phaseId, png, 'ok.png').expect(201);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM statement_attachments WHERE phase_id = $1`,
      [phaseId],
    );
    expect(n).toBe(2);
  });

  it('sweeps attachments no statement claimed after ATTACHMENT_UNCLAIMED_HOURS, file and row, and keeps claimed and recent ones', async () => {
    const { phaseId } = await openPhase(t);
    const pdf = await smallPdf();
    const stale = (await upload(phaseId, pdf, 'alt.pdf').expect(201)).body.id as string;
    const claimed = (await upload(phaseId, pdf, 'gebunden.pdf').expect(201)).body.id as string;
    const recent = (await upload(phaseId, pdf, 'neu.pdf').expect(201)).body.id as string;
    await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .send(statementBody({ attachmentIds: [claimed] }))
      .expect(201);
    await t.dataSource.query(
      `UPDATE statement_attachments SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`,
      [[stale, claimed]],
    );
    const [{ storage_key: staleKey }] = await t.dataSource.query<{ storage_key: string }[]>(
      `SELECT storage_key FROM statement_attachments WHERE id = $1`,
      [stale],
    );
    const storage = t.app.get(FileStorage);
    await storage.open(staleKey);

    expect(await t.app.get(AttachmentSweeper).sweep()).toBe(1);
    const left = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM statement_attachments WHERE phase_id = $1 ORDER BY filename`,
      [phaseId],
    );
    expect(left.map((r) => r.id).sort()).toEqual([claimed, recent].sort());
    await expect(storage.open(staleKey)).rejects.toThrow();
    // Submitting with the swept attachment is a 400 naming the field, not a 500.
    const late = await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .send(statementBody({ attachmentIds: [stale] }))
      .expect(400);
    expect(late.body.errors[0].field).toBe('attachmentIds');
  });

  it('refuses visitor uploads to an unpublished procedure with 409; staff may still upload after the end', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    const pdf = await smallPdf();
    await t.dataSource.query(`UPDATE procedures SET status = 'draft' WHERE id = $1`, [procedureId]);
    const res = await upload(phaseId, pdf, 'a.pdf').expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('PHASE_NOT_OPEN');

    await t.dataSource.query(`UPDATE procedures SET status = 'published' WHERE id = $1`, [
      procedureId,
    ]);
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() - interval '1 day', opens_at = now() - interval '10 days' WHERE id = $1`,
      [phaseId],
    );
    expect((await upload(phaseId, pdf, 'b.pdf').expect(409)).body.code).toBe('PHASE_CLOSED');
    const planner = await sessionCookie(t, (await createUser(t, { roles: ['planner'] })).id);
    await upload(phaseId, pdf, 'c.pdf').set('Cookie', planner).set('Origin', t.url).expect(201);
  });

  it('holds a visitor to ATTACHMENT_MAX_COUNT × 4 unclaimed uploads per phase (429 naming file); a claim frees a place', async () => {
    const { phaseId } = await openPhase(t);
    const other = await openPhase(t);
    const pdf = await smallPdf();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await upload(phaseId, pdf, `${i}.pdf`).expect(201)).body.id);
    const refused = await upload(phaseId, pdf, 'zu-viel.pdf').expect(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('ATTACHMENT_QUOTA_EXCEEDED');
    expect(refused.body.errors[0].field).toBe('file');
    // Another phase has its own quota.
    await upload(other.phaseId, pdf, 'anderswo.pdf').expect(201);
    await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .send(statementBody({ attachmentIds: [ids[0]] }))
      .expect(201);
    await upload(phaseId, pdf, 'wieder.pdf').expect(201);
  });
});
