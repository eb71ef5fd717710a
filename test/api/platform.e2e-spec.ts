import { createTestApp, TestApp } from '../support/test-app.js';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' });
  });
  afterAll(() => t.close());

  it('reports the database as up, naming the engine', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database).toMatchObject({ status: 'up', engine: t.engine });
  });

  it('tells the client the configured tiles, map view and the area buffer for statements', async () => {
    const res = await t.http.get('/api/config').expect(200);
    expect(res.body).toEqual({
      tiles: {
        url: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
        attribution: expect.any(String),
        maxZoom: 19,
      },
      map: { center: [51.4556, 7.0116], zoom: 11 },
      statements: { areaBufferM: 250 },
    });
  });

  it('serves the OpenAPI document with the public paths', async () => {
    const res = await t.http.get('/api/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/config',
        '/api/procedures',
        '/api/procedures/{id}',
      ]),
    );
    expect(res.body.components.schemas.ProblemDto).toBeDefined();
  });

  it('answers unknown API paths with 404 problem+json', async () => {
    const res = await t.http.get('/api/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      instance: '/api/no-such-thing',
    });
  });

  it('answers broken JSON with 400 and oversized bodies with 413, never 500', async () => {
    const broken = await t.http
      .post('/api/procedures')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(broken.body.code).toBe('MALFORMED_REQUEST');
    const huge = await t.http
      .post('/api/procedures')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }))
      .expect(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers: a CSP without inline scripts that allows the tile server', async () => {
    const res = await t.http.get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain('img-src');
    expect(csp).toContain('http://127.0.0.1:9');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends HSTS only when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: '1' });
    try {
      const tls = await proxied.http
        .get('/api/health')
        .set('X-Forwarded-Proto', 'https')
        .expect(200);
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const plain = await proxied.http.get('/api/health').expect(200);
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
    // Without TRUST_PROXY a forged header changes nothing.
    const forged = await t.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });
});
