import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** A built client as `vite build` + client/scripts/precompress.mjs leave it. */
function builtClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mitplanen-client-'));
  mkdirSync(join(dir, 'assets'));
  const html = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<!-- padding -->'.repeat(100)}</body></html>`;
  const js = `console.log(${JSON.stringify('Mitplanen '.repeat(500))});`;
  for (const [file, content] of [
    ['index.html', html],
    ['assets/index-abc123.js', js],
  ]) {
    writeFileSync(join(dir, file), content);
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(content));
    writeFileSync(join(dir, `${file}.gz`), gzipSync(content));
  }
  return dir;
}

describe('client assets and compression', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = builtClient();
    t = await createTestApp({ CLIENT_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the precompressed copy the browser accepts, hashed assets cached for a year', async () => {
    const br = await t.http
      .get('/assets/index-abc123.js')
      .set('Accept-Encoding', 'gzip, br')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    const gz = await t.http.get('/assets/index-abc123.js').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await t.http.get('/assets/index-abc123.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers the page and every client route with index.html, never cached unchecked', async () => {
    for (const path of ['/', '/verfahren/123']) {
      const res = await t.http.get(path).set('Accept-Encoding', 'br').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    await t.http.get('/api/no-such-route').expect(404);
  });

  it('compresses API JSON on the fly', async () => {
    const res = await t.http.get('/api/openapi.json').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});
