import { PNG } from 'pngjs';
import { pdfToBuffer } from '../../src/common/pdf/pdf-buffer.js';
import { openPhase } from '../support/statements.js';
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
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '1000000' });
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
});
