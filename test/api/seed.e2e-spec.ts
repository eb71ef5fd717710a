import { pdfText } from '../support/pdf-text.js';
import { createTestApp, TestApp } from '../support/test-app.js';

interface Phase {
  kind: string;
  state: string;
  notice: { publishedOn: string | null };
}
interface Procedure {
  id: string;
  reference: string;
  publishedAt: string | null;
  phases: Phase[];
  documents: { title: string; mediaType: string; url: string }[];
}

describe('demo seed', () => {
  let t: TestApp;
  let procedures: Procedure[];
  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
    const current = await t.http.get('/api/procedures?limit=100').expect(200);
    const archived = await t.http.get('/api/procedures?status=archived&limit=100').expect(200);
    procedures = [];
    for (const p of [...current.body.items, ...archived.body.items] as { id: string }[]) {
      procedures.push((await t.http.get(`/api/procedures/${p.id}`).expect(200)).body as Procedure);
    }
  });
  afterAll(() => t.close());

  it('seeds the Essen demo once, with areas inside the city', async () => {
    const res = await t.http.get('/api/procedures').expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(5);
    for (const p of res.body.items as { bbox: number[] }[]) {
      // Essen lies within roughly 6.89–7.14 E, 51.34–51.54 N.
      expect(p.bbox[0]).toBeGreaterThan(6.89);
      expect(p.bbox[2]).toBeLessThan(7.14);
      expect(p.bbox[1]).toBeGreaterThan(51.34);
      expect(p.bbox[3]).toBeLessThan(51.54);
    }
  });

  it('has documents, as real PDFs, for every running § 3(2) publication', async () => {
    const running = procedures.filter((p) =>
      p.phases.some((ph) => ph.kind === 'publication' && ph.state === 'open'),
    );
    expect(running.length).toBeGreaterThan(0);
    for (const p of running) {
      expect(p.documents.length).toBeGreaterThanOrEqual(3);
      for (const d of p.documents) {
        expect(d.mediaType).toBe('application/pdf');
        const file = await t.http
          .get(d.url.replace(/^https?:\/\/[^/]+/, ''))
          .buffer(true)
          .parse((res, callback) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => callback(null, Buffer.concat(chunks)));
          })
          .expect(200);
        expect(pdfText(file.body as Buffer)).toContain(d.title);
      }
    }
  });

  it('never dates "veröffentlicht am" after a notice of the procedure', () => {
    for (const p of procedures) {
      for (const ph of p.phases) {
        if (!ph.notice.publishedOn || !p.publishedAt) continue;
        expect(p.publishedAt.slice(0, 10) <= ph.notice.publishedOn).toBe(true);
      }
    }
  });

  it('has statements in several states and a finished procedure with published results', async () => {
    const states = await t.dataSource.query<{ publication: string; processing: string }[]>(
      `SELECT DISTINCT publication_status AS publication, processing_status AS processing FROM statements`,
    );
    const publication = new Set(states.map((s) => s.publication));
    const processing = new Set(states.map((s) => s.processing));
    for (const s of ['published', 'rejected', 'not_public']) expect(publication).toContain(s);
    for (const s of ['received', 'assessed', 'result_sent']) expect(processing).toContain(s);
    let published = 0;
    for (const p of procedures) {
      const results = await t.http.get(`/api/procedures/${p.id}/results`).expect(200);
      if (results.body.items.length > 0) {
        published += 1;
        expect(p.phases.every((ph) => ph.state === 'closed')).toBe(true);
      }
    }
    expect(published).toBeGreaterThanOrEqual(1);
  });
});
