import { createTestApp, TestApp } from '../support/test-app.js';
import { ProceduresService } from '../../src/procedures/procedures.service.js';
import { ESSEN_DEMO_PROCEDURES } from '../../src/seed/essen-demo.js';

const PRIVATE_FREE_KEYS = [
  'id',
  'reference',
  'title',
  'type',
  'district',
  'summary',
  'status',
  'area',
  'bbox',
  'publishedAt',
  'updatedAt',
  'currentPhase',
].sort();

describe('procedures API', () => {
  let t: TestApp;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const service = t.app.get(ProceduresService);
    ids = new Map();
    for (const p of ESSEN_DEMO_PROCEDURES) ids.set(p.reference, (await service.create(p)).id);
  });
  afterAll(() => t.close());

  it('lists only published procedures by default, newest first', async () => {
    const res = await t.http.get('/api/procedures').expect(200);
    const published = ESSEN_DEMO_PROCEDURES.filter((p) => p.status === 'published');
    expect(res.body.total).toBe(published.length);
    expect(res.body.items.map((p: { reference: string }) => p.reference).sort()).toEqual(
      published.map((p) => p.reference).sort(),
    );
    expect(Object.keys(res.body.items[0]).sort()).toEqual(PRIVATE_FREE_KEYS);
  });

  it('lists archived procedures on request and never drafts', async () => {
    const archived = await t.http.get('/api/procedures?status=archived').expect(200);
    expect(archived.body.items.map((p: { reference: string }) => p.reference)).toEqual(['BP-9-19']);
    await t.http.get('/api/procedures?status=draft').expect(400);
    await t.http.get(`/api/procedures/${ids.get('BP-1-27')}`).expect(404);
  });

  it('filters by district and type', async () => {
    const byDistrict = await t.http
      .get('/api/procedures')
      .query({ district: 'Kettwig' })
      .expect(200);
    expect(byDistrict.body.items.map((p: { reference: string }) => p.reference)).toEqual([
      'BP-7-25',
    ]);
    const byType = await t.http.get('/api/procedures?type=fnp_aenderung').expect(200);
    expect(byType.body.items.map((p: { reference: string }) => p.reference)).toEqual(['FNP-2-26']);
  });

  it('searches the German full text with stemming', async () => {
    // "Wohnungen" in the texts is found by the singular "Wohnung".
    const res = await t.http.get('/api/procedures').query({ q: 'Wohnung' }).expect(200);
    expect(res.body.items.map((p: { reference: string }) => p.reference).sort()).toEqual([
      'BP-12-21',
      'BP-15-25',
      'BP-3-24',
    ]);
  });

  it('returns only procedures whose area intersects the bbox', async () => {
    const res = await t.http.get('/api/procedures?bbox=6.95,51.40,7.05,51.50').expect(200);
    expect(res.body.items.map((p: { reference: string }) => p.reference).sort()).toEqual([
      'BP-12-21',
      'BP-15-25',
      'BP-3-24',
      'FNP-2-26',
    ]);
  });

  it('uses the exact area, not only its bounding box', async () => {
    // This box lies between the two parts of the Zollverein multipolygon: it overlaps the
    // bounding box of the whole area but touches neither part.
    const res = await t.http.get('/api/procedures?bbox=7.0525,51.4855,7.0540,51.4860').expect(200);
    expect(res.body.total).toBe(0);
    const part = await t.http.get('/api/procedures?bbox=7.055,51.488,7.056,51.489').expect(200);
    expect(part.body.items.map((p: { reference: string }) => p.reference)).toEqual(['FNP-2-26']);
  });

  it('pages with limit and offset and keeps the total', async () => {
    const res = await t.http.get('/api/procedures?limit=2&offset=1').expect(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.total).toBe(6);
  });

  it('answers one procedure with its description and area', async () => {
    const res = await t.http.get(`/api/procedures/${ids.get('BP-12-21')}`).expect(200);
    expect(res.body).toMatchObject({
      reference: 'BP-12-21',
      district: 'Rüttenscheid',
      area: { type: 'Polygon' },
      bbox: [7.0005, 51.4322, 7.0098, 51.4372],
    });
    expect(res.body.description).toContain('Rüttenscheider Straße');
  });

  it.each([
    ['bbox', 'bbox=7,51,6,52'],
    ['bbox', 'bbox=1,2,3'],
    ['bbox', 'bbox=a,b,c,d'],
    ['type', 'type=villa'],
    ['limit', 'limit=0'],
    ['limit', 'limit=ten'],
    ['district', `district=${'x'.repeat(101)}`],
    ['unknown', 'unknown=1'],
  ])('refuses a bad %s with problem+json naming it', async (field, query) => {
    const res = await t.http.get(`/api/procedures?${query}`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 404 problem+json for an unknown procedure, in English when asked', async () => {
    const res = await t.http
      .get('/api/procedures/00000000-0000-4000-8000-000000000000')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(404);
    expect(res.body).toMatchObject({
      status: 404,
      code: 'PROCEDURE_NOT_FOUND',
      detail: 'This procedure does not exist or is not public.',
      messages: { de: 'Dieses Verfahren gibt es nicht oder es ist nicht öffentlich.' },
    });
  });

  it('refuses an invalid area when a procedure is created', async () => {
    const service = t.app.get(ProceduresService);
    await expect(
      service.create({
        reference: 'BP-X',
        title: 'Kaputt',
        type: 'bebauungsplan',
        district: 'Mitte',
        area: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 1],
              [1, 0],
              [0, 1],
              [0, 0],
            ],
          ],
        },
      }),
    ).rejects.toMatchObject({
      code: 'GEOMETRY_INVALID',
      options: { errors: [{ field: 'area', code: 'self_intersection' }] },
    });
  });

  it('answers the bbox filter from the GiST index', async () => {
    // With enough rows the planner must pick the index on area_box for the && filter.
    await t.dataSource.query(`
      INSERT INTO procedures (reference, title, type, district, area, area_box, status)
      SELECT 'GEN-' || g, 'Generated ' || g, 'informal', 'Gen', '{"type":"Polygon","coordinates":[]}',
             box(point(6 + (g % 100) * 0.01, 50 + (g / 100) * 0.01), point(6.005 + (g % 100) * 0.01, 50.005 + (g / 100) * 0.01)),
             'published'
      FROM generate_series(1, 5000) AS g`);
    await t.dataSource.query('ANALYZE procedures');
    const plan = await t.dataSource.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM procedures WHERE status = 'published' AND area_box && box(point(6.95, 51.40), point(7.05, 51.50))`,
    );
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index Scan|Bitmap Index Scan/);
    expect(text).toContain('procedures_area_box_idx');
  });
});
