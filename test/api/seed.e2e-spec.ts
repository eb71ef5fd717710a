import { createTestApp, TestApp } from '../support/test-app.js';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
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
});
