import { AuthRepository } from '../../src/auth/auth.repository.js';
import { RateLimitStore } from '../../src/auth/rate-limit.store.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { cookieFrom, createUser, sessionCookie } from '../support/factories.js';

/** The newest queued mail to `to`, and the token in its link. */
async function lastMail(
  t: TestApp,
  to: string,
): Promise<{ template: string; text: string; token: string | null }> {
  const rows = await t.dataSource.query<{ template: string; body_text: string }[]>(
    `SELECT template, body_text FROM outbox_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
    [to],
  );
  if (!rows[0]) throw new Error(`no mail to ${to}`);
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(rows[0].body_text)?.[1] ?? null;
  return { template: rows[0].template, text: rows[0].body_text, token };
}

describe('accounts and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('registers, verifies through the mailed link once, signs in and out', async () => {
    const agent = t.agent();
    const email = 'Erika.Muster@Example.org';
    await agent
      .post('/api/auth/register')
      .send({ email, password: 'ein sehr langes passwort', displayName: 'Erika Muster' })
      .expect(202, { status: 'mail_sent' });
    const mail = await lastMail(t, 'erika.muster@example.org');
    expect(mail.template).toBe('auth.verify-email');
    expect(mail.text).toContain(`${t.url}/konto/bestaetigen?token=`);

    const early = await agent
      .post('/api/auth/login')
      .send({ email, password: 'ein sehr langes passwort' })
      .expect(403);
    expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');

    await agent.post('/api/auth/verify').send({ token: mail.token }).expect(204);
    const again = await agent.post('/api/auth/verify').send({ token: mail.token }).expect(400);
    expect(again.body.code).toBe('TOKEN_INVALID');

    const login = await agent
      .post('/api/auth/login')
      .send({ email, password: 'ein sehr langes passwort' })
      .expect(200);
    expect(login.body).toMatchObject({
      email: 'erika.muster@example.org',
      displayName: 'Erika Muster',
      roles: ['resident'],
    });
    const cookie = cookieFrom(login.headers);
    expect(login.headers['set-cookie']?.[0]).toMatch(/HttpOnly/i);
    expect(login.headers['set-cookie']?.[0]).toMatch(/SameSite=Lax/i);
    await agent.get('/api/auth/me').expect(200);

    await agent.post('/api/auth/logout').expect(204);
    // The old cookie is dead on the server, not only forgotten by the browser.
    await t.http.get('/api/auth/me').set('Cookie', cookie!).expect(204);
  });

  it('answers a registration of a known address like any other, and tells the owner by mail', async () => {
    const user = await createUser(t, { password: 'irgendein passwort' });
    await t.http
      .post('/api/auth/register')
      .send({
        email: user.email.toUpperCase(),
        password: 'noch ein passwort',
        displayName: 'Mallory',
      })
      .expect(202, { status: 'mail_sent' });
    expect((await lastMail(t, user.email)).template).toBe('auth.account-exists');
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM users WHERE email = $1`,
      [user.email],
    );
    expect(Number(count)).toBe(1);
  });

  it('names the fields of a bad registration', async () => {
    const res = await t.http
      .post('/api/auth/register')
      .send({ email: 'nope', password: 'short', extra: 1 })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'displayName',
      'email',
      'extra',
      'password',
    ]);
  });

  it('prevents session fixation: signing in issues a new session id and kills the old one', async () => {
    const user = await createUser(t, { password: 'das ist geheim genug' });
    const planted = await sessionCookie(t, user.id);
    const res = await t.http
      .post('/api/auth/login')
      .set('Origin', t.url)
      .set('Cookie', planted)
      .send({ email: user.email, password: 'das ist geheim genug' })
      .expect(200);
    const fresh = cookieFrom(res.headers);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(planted);
    await t.http.get('/api/auth/me').set('Cookie', planted).expect(204);
    await t.http.get('/api/auth/me').set('Cookie', fresh!).expect(200);
  });

  it("refuses a deactivated user's live session at once", async () => {
    const admin = await createUser(t, { roles: ['admin'] });
    const user = await createUser(t, { roles: ['planner'] });
    const cookie = await sessionCookie(t, user.id);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    await t.http
      .post(`/api/admin/users/${user.id}/deactivate`)
      .set('Cookie', await sessionCookie(t, admin.id))
      .set('Origin', t.url)
      .expect(200);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(204);
    const again = await t.http
      .post('/api/auth/login')
      .set('Origin', t.url)
      .send({ email: user.email, password: 'x' });
    expect(again.status).toBe(401);
  });

  it('throttles the 11th wrong password within a minute', async () => {
    await t.dataSource.query(`DELETE FROM throttle_counters`);
    const user = await createUser(t, { password: 'das richtige passwort' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: user.email, password: `falsch ${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const blocked = await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: 'das richtige passwort' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.headers['retry-after-auth']).toBeDefined();
    // The failures are counted on the account: the fifth locked it (SIGN_IN_LOCK_AFTER).
    const [{ failed_sign_ins }] = await t.dataSource.query<{ failed_sign_ins: number }[]>(
      `SELECT failed_sign_ins FROM users WHERE id = $1`,
      [user.id],
    );
    expect(failed_sign_ins).toBe(5);
    await t.dataSource.query(`DELETE FROM throttle_counters`);
  });

  it('counts hits that arrive together, on two instances, as if one by one', async () => {
    // Two stores stand for two instances: each batches its own concurrent hits, both share the row.
    const stores = [
      new RateLimitStore(new AuthRepository(t.dataSource)),
      new RateLimitStore(new AuthRepository(t.dataSource)),
    ];
    const key = `concurrent-${Date.now()}`;
    const records = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stores[i % 2].increment(key, 60_000, 10, 60_000, 'test'),
      ),
    );
    const passed = records.filter((r) => !r.isBlocked);
    expect(passed).toHaveLength(10);
    // Each passing hit was told its own place in the window: 1 … 10, each once.
    expect(passed.map((r) => r.totalHits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    for (const blocked of records.filter((r) => r.isBlocked)) {
      expect(blocked.totalHits).toBe(11);
      expect(blocked.timeToBlockExpire).toBeGreaterThan(0);
    }
    // The block holds for the next hit too, and the window kept its count.
    const next = await stores[0].increment(key, 60_000, 10, 60_000, 'test');
    expect(next).toMatchObject({ isBlocked: true, totalHits: 11 });
    const [row] = await t.dataSource.query<{ hits: number }[]>(
      `SELECT hits FROM throttle_counters WHERE key = $1`,
      [`test:${key}`],
    );
    expect(row.hits).toBe(11);
  });

  it('starts a new window once the old one and its block have ended', async () => {
    const store = new RateLimitStore(new AuthRepository(t.dataSource));
    const key = `window-${Date.now()}`;
    const first = await Promise.all(
      Array.from({ length: 3 }, () => store.increment(key, 60_000, 2, 60_000, 'test')),
    );
    expect(first.map((r) => r.isBlocked).sort()).toEqual([false, false, true]);
    await t.dataSource.query(
      `UPDATE throttle_counters SET expires_at = now() - interval '1 s', blocked_until = now() - interval '1 s' WHERE key = $1`,
      [`test:${key}`],
    );
    const again = await Promise.all(
      Array.from({ length: 2 }, () => store.increment(key, 60_000, 2, 60_000, 'test')),
    );
    expect(again.map((r) => r.isBlocked)).toEqual([false, false]);
    expect(again.map((r) => r.totalHits).sort()).toEqual([1, 2]);
  });

  it('refuses a cross-origin write that carries the session cookie', async () => {
    const user = await createUser(t);
    const cookie = await sessionCookie(t, user.id);
    const evil = await t.http
      .post('/api/auth/logout')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .expect(403);
    expect(evil.body.code).toBe('CSRF_REJECTED');
    await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(403);
    await t.http
      .post('/api/auth/logout')
      .set('Cookie', cookie)
      .set('Referer', 'https://evil.example/x')
      .expect(403);
    await t.http
      .post('/api/auth/logout')
      .set('Cookie', cookie)
      .set('Origin', t.url)
      .set('Sec-Fetch-Site', 'cross-site')
      .expect(403);
    // Still signed in: none of the refused requests ended the session.
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
    await t.http
      .post('/api/auth/logout')
      .set('Cookie', cookie)
      .set('Referer', `${t.url}/konto`)
      .expect(204);
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(204);
  });

  it('resets a password with a token that works once and ends all sessions', async () => {
    const user = await createUser(t, { password: 'altes passwort 123' });
    const cookie = await sessionCookie(t, user.id);
    await t.http.post('/api/auth/password/forgot').send({ email: user.email }).expect(202);
    await t.http
      .post('/api/auth/password/forgot')
      .send({ email: 'nobody@example.org' })
      .expect(202);
    const mail = await lastMail(t, user.email);
    expect(mail.template).toBe('auth.reset-password');
    await t.http
      .post('/api/auth/password/reset')
      .send({ token: mail.token, password: 'neues passwort 456' })
      .expect(204);
    const second = await t.http
      .post('/api/auth/password/reset')
      .send({ token: mail.token, password: 'drittes passwort 789' })
      .expect(400);
    expect(second.body.errors[0].field).toBe('token');
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(204);
    await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: 'altes passwort 123' })
      .expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: user.email, password: 'neues passwort 456' })
      .expect(200);
  });

  it('refuses an expired token', async () => {
    const user = await createUser(t, { password: 'passwort passwort' });
    await t.http.post('/api/auth/password/forgot').send({ email: user.email }).expect(202);
    const mail = await lastMail(t, user.email);
    await t.dataSource.query(
      `UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );
    await t.http
      .post('/api/auth/password/reset')
      .send({ token: mail.token, password: 'neues passwort 456' })
      .expect(400);
  });

  it('exports my data and removes my personal data on request', async () => {
    const user = await createUser(t, { password: 'mein passwort ist lang' });
    const cookie = await sessionCookie(t, user.id);
    const exported = await t.http.get('/api/account/export').set('Cookie', cookie).expect(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.body.account).toMatchObject({ id: user.id, email: user.email });
    await t.http
      .post('/api/account/remove-personal-data')
      .set('Cookie', cookie)
      .set('Origin', t.url)
      .expect(204);
    const [row] = await t.dataSource.query<
      { email: string; display_name: string; password_hash: string | null; active: boolean }[]
    >(`SELECT email, display_name, password_hash, active FROM users WHERE id = $1`, [user.id]);
    expect(row).toEqual({
      email: `removed-${user.id}@invalid`,
      display_name: '',
      password_hash: null,
      active: false,
    });
    await t.http.get('/api/auth/me').set('Cookie', cookie).expect(204);
  });

  it('lets admins list users and grant roles', async () => {
    const admin = await createUser(t, { roles: ['admin'] });
    const user = await createUser(t);
    const cookie = await sessionCookie(t, admin.id);
    const list = await t.http
      .get('/api/admin/users')
      .query({ q: user.email })
      .set('Cookie', cookie)
      .expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const granted = await t.http
      .put(`/api/admin/users/${user.id}/roles`)
      .set('Cookie', cookie)
      .set('Origin', t.url)
      .send({ roles: ['resident', 'planner'] })
      .expect(200);
    expect(granted.body.roles).toEqual(['resident', 'planner']);
    const userCookie = await sessionCookie(t, user.id);
    expect(
      (await t.http.get('/api/auth/me').set('Cookie', userCookie).expect(200)).body.roles,
    ).toContain('planner');
    const bad = await t.http
      .put(`/api/admin/users/${user.id}/roles`)
      .set('Cookie', cookie)
      .set('Origin', t.url)
      .send({ roles: ['king'] })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('roles');
  });

  it('tells the client which sign-in methods exist', async () => {
    await t.http.get('/api/auth/providers').expect(200, { local: true, oidc: null });
  });
});
