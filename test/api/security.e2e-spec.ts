import request from 'supertest';
import { SESSION_COOKIE } from '../../src/auth/sessions.service.js';
import { createUser } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'ein sehr langes passwort';

describe('security: cookies behind TLS and errors in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Production mode behind one trusted TLS-terminating proxy, as deployed.
    t = await createTestApp({ NODE_ENV: 'production', TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  const signIn = async (proto: 'https' | 'http') => {
    const user = await createUser(t, { password: PASSWORD });
    const origin = `${proto}://${new URL(t.url).host}`;
    return request(t.url)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', proto)
      .set('Origin', origin)
      .send({ email: user.email, password: PASSWORD })
      .expect(200);
  };

  const sessionCookieOf = (res: request.Response) =>
    (res.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith(`${SESSION_COOKIE}=`),
    );

  it('marks the session cookie Secure, HttpOnly and SameSite=Lax when the request came over TLS', async () => {
    const res = await signIn('https');
    const cookie = sessionCookieOf(res);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('sends no Secure flag (which a browser would drop) over plain HTTP', async () => {
    const res = await signIn('http');
    const cookie = sessionCookieOf(res);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers an internal error with problem+json that shows no stack trace, SQL or internals', async () => {
    // A real failure inside a route: the table it reads is gone.
    await t.dataSource.query('ALTER TABLE procedures RENAME TO procedures_hidden_for_test');
    let res: request.Response;
    try {
      res = await t.http.get('/api/procedures').expect(500);
    } finally {
      await t.dataSource.query('ALTER TABLE procedures_hidden_for_test RENAME TO procedures');
    }
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 500, code: 'INTERNAL', instance: '/api/procedures' });
    expect(Object.keys(res.body).sort()).toEqual(
      ['code', 'detail', 'instance', 'messages', 'status', 'title', 'type'].sort(),
    );
    const text = res.text;
    expect(text).not.toMatch(/\bat\s+\S+\s+\(|\.ts:\d+|\.js:\d+|node_modules/);
    expect(text).not.toMatch(/procedures_hidden|relation|SELECT|QueryFailedError|stack/i);
    // Still a working app afterwards.
    await t.http.get('/api/procedures').expect(200);
  });
});
