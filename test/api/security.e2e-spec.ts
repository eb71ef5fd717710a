import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { ProceduresService } from '../../src/procedures/procedures.service.js';
import { openPhase, PLAN_AREA, statementBody } from '../support/statements.js';
import { SESSION_COOKIE } from '../../src/auth/sessions.service.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'ein sehr langes passwort';

describe('security: the site origin is configuration, never the Host header (issue 13, item 1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Development without PUBLIC_URL: the origin is http://localhost:PORT, whatever Host says.
    t = await createTestApp({ PUBLIC_URL: '' });
  });
  afterAll(() => t.close());

  it('mails a reset link to the configured origin when a forgot-password request says Host: attacker.example', async () => {
    const user = await createUser(t, { password: PASSWORD });
    await request(t.url)
      .post('/api/auth/password/forgot')
      .set('Host', 'attacker.example')
      .send({ email: user.email })
      .expect(202);
    const [mail] = await t.dataSource.query<{ body_text: string; body_html: string }[]>(
      `SELECT body_text, body_html FROM outbox_messages WHERE recipient = $1`,
      [user.email],
    );
    expect(`${mail.body_text}${mail.body_html}`).not.toContain('attacker.example');
    expect(t.origin).toMatch(/^http:\/\/localhost:\d+$/);
    expect(mail.body_text).toContain(`${t.origin}/passwort/neu?token=`);
  });

  it('refuses a write whose Origin only matches the Host header it sent', async () => {
    const user = await createUser(t);
    const cookie = await sessionCookie(t, user.id);
    const res = await request(t.url)
      .post('/api/auth/logout')
      .set('Host', 'attacker.example')
      .set('Origin', 'http://attacker.example')
      .set('Cookie', cookie)
      .expect(403);
    expect(res.body.code).toBe('CSRF_REJECTED');
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
  });
});

describe('security: private answers are never cached (issue 13, item 9)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends Cache-Control: private, no-store on status, receipt PDF, /api/auth/me and a draft’s document', async () => {
    const { phaseId } = await openPhase(t);
    const submitted = await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .set('Idempotency-Key', randomUUID())
      .send(statementBody())
      .expect(201);
    const status = await t.http
      .get(
        `/api${submitted.body.statusUrl.replace('/stellungnahmen/status?ref=', '/statements/status?reference=')}`,
      )
      .expect(200);
    expect(status.headers['cache-control']).toBe('private, no-store');
    const receipt = await t.http.get(submitted.body.receiptUrl).buffer(true).expect(200);
    expect(receipt.headers['cache-control']).toBe('private, no-store');

    const planner = await createUser(t, { roles: ['resident', 'planner'] });
    const cookie = await sessionCookie(t, planner.id);
    const me = await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.headers['cache-control']).toBe('private, no-store');

    const draft = await t.app.get(ProceduresService).create({
      reference: `CC-${Date.now() % 100000}`,
      title: 'Entwurf',
      type: 'informal',
      district: 'Steele',
      area: PLAN_AREA,
      status: 'draft',
      topics: [],
    });
    const up = await t.http
      .post(`/api/procedures/${draft.id}/documents`)
      .set('Cookie', cookie)
      .set('Origin', t.origin)
      .field('title', 'Begründung')
      .field('kind', 'begruendung')
      .attach('file', readFileSync('test/fixtures/documents/begruendung.pdf'), {
        filename: 'b.pdf',
        contentType: 'application/pdf',
      })
      .expect(201);
    const file = await t.http.get(up.body.url).set('Cookie', cookie).buffer(true).expect(200);
    expect(file.headers['cache-control']).toBe('private, no-store');
  });
});

describe('security: cookies behind TLS and errors in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Production mode behind one trusted TLS-terminating proxy, as deployed.
    t = await createTestApp({
      NODE_ENV: 'production',
      TRUST_PROXY: '1',
      PUBLIC_URL: 'https://beteiligung.example',
    });
  });
  afterAll(() => t.close());

  const signIn = async (proto: 'https' | 'http') => {
    const user = await createUser(t, { password: PASSWORD });
    return request(t.url)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', proto)
      .set('Origin', t.origin)
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
