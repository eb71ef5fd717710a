import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const BOX = '6.9,51.4,7.1,51.5';

describe('statements map (clustering index)', () => {
  let t: TestApp;
  let moderator: string;

  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '1000000' });
    moderator = await sessionCookie(t, (await createUser(t, { roles: ['moderator'] })).id);
  });
  afterAll(() => t.close());

  const submit = async (phaseId: string, lon: number, text = 'Hier fehlt ein Baum.') =>
    (
      await t.http
        .post(`/api/phases/${phaseId}/statements`)
        .send(statementBody({ text, geometry: { type: 'Point', coordinates: [lon, 51.435] } }))
        .expect(201)
    ).body.id as string;
  const decide = (id: string, body: Record<string, unknown>) =>
    t.http
      .post(`/api/moderation/statements/${id}/decisions`)
      .set('Cookie', moderator)
      .set('Origin', t.url)
      .send({ expectedVersion: 0, ...body })
      .expect(200);
  const mapOf = (procedureId: string, zoom: number, etag?: string) => {
    const req = t.http.get(
      `/api/procedures/${procedureId}/statements/map?bbox=${BOX}&zoom=${zoom}`,
    );
    return etag ? req.set('If-None-Match', etag) : req;
  };
  const idsOn = async (procedureId: string): Promise<string[]> =>
    (await mapOf(procedureId, 20).expect(200)).body.features.map((f: { id: string }) => f.id);

  it('answers with a strong ETag and public caching, and 304 for the current copy', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'post' });
    await submit(phaseId, 7.001);
    const first = await mapOf(procedureId, 12).expect(200);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toMatch(
      /^public, max-age=\d+, stale-while-revalidate=\d+$/,
    );
    const again = await mapOf(procedureId, 12, first.headers.etag).expect(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    await submit(phaseId, 7.002);
    // A new publication (post-moderation) reaches the map within a second.
    let current = first;
    for (let i = 0; i < 20 && current.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      current = await mapOf(procedureId, 12, first.headers.etag);
    }
    for (let i = 0; i < 20 && current.body.total !== 2; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      current = await mapOf(procedureId, 12).expect(200);
    }
    expect(current.body.total).toBe(2);
    expect(current.headers.etag).not.toBe(first.headers.etag);
  });

  it('clusters with the expansion zoom and answers single points with their ids only', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'post' });
    for (let i = 0; i < 5; i += 1) await submit(phaseId, 7.001 + i * 0.0001, `Punkt ${i}`);
    const clusters = await mapOf(procedureId, 12).expect(200);
    expect(clusters.body).toMatchObject({ mode: 'clusters', total: 5, features: [] });
    expect(clusters.body.clusters).toEqual([
      { position: expect.any(Array), count: 5, expansionZoom: expect.any(Number) },
    ]);
    expect(clusters.body.clusters[0].expansionZoom).toBeGreaterThan(12);
    const points = await mapOf(procedureId, 20).expect(200);
    expect(points.body).toMatchObject({ mode: 'features', total: 5, clusters: [] });
    for (const feature of points.body.features) {
      expect(Object.keys(feature).sort()).toEqual(['id', 'position']);
    }
    const excerpt = await t.http
      .get(`/api/procedures/${procedureId}/statements/${points.body.features[0].id}/excerpt`)
      .expect(200);
    expect(excerpt.body.excerpt).toMatch(/^Punkt \d$/);
  });

  it('drops a rejected or unpublished statement from every answer at once, and follows redactions', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'pre' });
    const kept = await submit(phaseId, 7.001, 'Bleibt sichtbar.');
    const rejected = await submit(phaseId, 7.003, 'Beleidigung');
    const unpublished = await submit(phaseId, 7.005, 'Wird zurückgezogen.');
    expect(await idsOn(procedureId)).toEqual([]);
    const before = await mapOf(procedureId, 12).expect(200);
    for (const id of [kept, rejected, unpublished]) await decide(id, { action: 'approve' });
    expect((await idsOn(procedureId)).sort()).toEqual([kept, rejected, unpublished].sort());
    const published = await mapOf(procedureId, 12, before.headers.etag).expect(200);
    expect(published.body.total).toBe(3);

    await decide(rejected, { action: 'reject', reasonCode: 'insult', expectedVersion: 1 });
    // The very next answers, whatever the copy held: no rejected statement.
    await mapOf(procedureId, 12, published.headers.etag).expect(200);
    for (const zoom of [0, 8, 12, 16, 20]) {
      const res = await mapOf(procedureId, zoom).expect(200);
      expect(res.body.total).toBe(2);
      expect(JSON.stringify(res.body)).not.toContain(rejected);
    }
    await t.http.get(`/api/procedures/${procedureId}/statements/${rejected}/excerpt`).expect(404);

    await decide(unpublished, { action: 'unpublish', expectedVersion: 1 });
    expect(await idsOn(procedureId)).toEqual([kept]);

    const beforeRedaction = await mapOf(procedureId, 20).expect(200);
    await decide(kept, { action: 'redact', publishedText: 'Bleibt […].', expectedVersion: 1 });
    const afterRedaction = await mapOf(procedureId, 20, beforeRedaction.headers.etag).expect(200);
    expect(afterRedaction.headers.etag).not.toBe(beforeRedaction.headers.etag);
    const excerpt = await t.http
      .get(`/api/procedures/${procedureId}/statements/${kept}/excerpt`)
      .expect(200);
    expect(excerpt.body.excerpt).toBe('Bleibt […].');
  });

  it('refuses a bad bbox or zoom with 400 problem+json naming the field', async () => {
    const { procedureId } = await openPhase(t, { moderationMode: 'post' });
    const cases: [string, string][] = [
      ['bbox=7.1,51.4,6.9,51.5&zoom=12', 'bbox'],
      ['bbox=a,b,c,d&zoom=12', 'bbox'],
      ['bbox=6.9,51.4,7.1&zoom=12', 'bbox'],
      ['zoom=12', 'bbox'],
      [`bbox=${BOX}&zoom=23`, 'zoom'],
      [`bbox=${BOX}&zoom=-1`, 'zoom'],
      [`bbox=${BOX}&zoom=twelve`, 'zoom'],
      [`bbox=${BOX}`, 'zoom'],
    ];
    for (const [query, field] of cases) {
      const res = await t.http
        .get(`/api/procedures/${procedureId}/statements/map?${query}`)
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect({ query, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({
        query,
        fields: [field],
      });
    }
  });
});
