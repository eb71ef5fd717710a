import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import request from 'supertest';
import { UsersService } from '../../src/users/users.service.js';
import { createUser } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'ein sehr langes passwort';

describe('sign-in hardening behind a trusted proxy (issue 13, items 5 and 8)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1', SIGN_IN_LOCK_AFTER: '5' });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, ip: string) =>
    request(t.url).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('locks the account after parallel wrong guesses from several IPs and refuses even the right password like a wrong one', async () => {
    const user = await createUser(t, { password: PASSWORD });
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(user.email, `falsch ${i}`, `198.51.100.${i + 1}`)),
    );
    expect(guesses.map((r) => r.status)).toEqual(Array(8).fill(401));
    const [row] = await t.dataSource.query<{ failed_sign_ins: number; locked: boolean }[]>(
      `SELECT failed_sign_ins, locked_until > now() AS locked FROM users WHERE id = $1`,
      [user.id],
    );
    expect(row).toEqual({ failed_sign_ins: 5, locked: true });

    const right = await login(user.email, PASSWORD, '203.0.113.9').expect(401);
    const wrong = await login(user.email, 'noch falscher', '203.0.113.10').expect(401);
    expect(right.body).toEqual(wrong.body);
    expect(right.body.code).toBe('INVALID_CREDENTIALS');
    expect(right.headers['set-cookie']).toBeUndefined();

    // Once the lock-out is over, the right password works and the counter starts again.
    await t.dataSource.query(
      `UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`,
      [user.id],
    );
    await login(user.email, PASSWORD, '203.0.113.11').expect(200);
    const [after] = await t.dataSource.query<{ failed_sign_ins: number }[]>(
      `SELECT failed_sign_ins FROM users WHERE id = $1`,
      [user.id],
    );
    expect(after.failed_sign_ins).toBe(0);
  });

  it('grows the lock-out with each failure after it', async () => {
    const user = await createUser(t, { password: PASSWORD });
    const lockMinutes = async () => {
      const [row] = await t.dataSource.query<{ minutes: number }[]>(
        `SELECT round(extract(epoch FROM locked_until - now()) / 60)::int AS minutes FROM users WHERE id = $1`,
        [user.id],
      );
      return row.minutes;
    };
    for (let i = 0; i < 5; i += 1) await login(user.email, `falsch ${i}`, '192.0.2.1').expect(401);
    expect(await lockMinutes()).toBe(1);
    await t.dataSource.query(
      `UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`,
      [user.id],
    );
    await login(user.email, 'wieder falsch', '192.0.2.2').expect(401);
    expect(await lockMinutes()).toBe(2);
  });

  it('refuses a weak password at registration and at reset, naming the field in German and English', async () => {
    const weak = await t
      .agent()
      .post('/api/auth/register')
      .send({ email: 'schwach@example.org', password: 'passwort123', displayName: 'Schwach' })
      .expect(400);
    expect(weak.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
    expect(weak.body.errors).toEqual([
      expect.objectContaining({
        field: 'password',
        messages: { de: expect.stringMatching(/Passwort/), en: expect.stringMatching(/password/) },
      }),
    ]);
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM users WHERE email = 'schwach@example.org'`,
    );
    expect(Number(count)).toBe(0);

    const user = await createUser(t, { password: PASSWORD });
    await t.http.post('/api/auth/password/forgot').send({ email: user.email }).expect(202);
    const [mail] = await t.dataSource.query<{ body_text: string }[]>(
      `SELECT body_text FROM outbox_messages WHERE recipient = $1`,
      [user.email],
    );
    const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.body_text)?.[1];
    const reset = await t.http
      .post('/api/auth/password/reset')
      .send({ token, password: 'Sommer2024!' })
      .expect(400);
    expect(reset.body.errors[0].field).toBe('password');
    // The link is still good for a strong password.
    await t.http
      .post('/api/auth/password/reset')
      .send({ token, password: 'neues passwort 456' })
      .expect(204);
  });

  it('does the same password-hashing work for register and login whether or not the account exists', async () => {
    const users = t.app.get(UsersService);
    const hash = jest.spyOn(users, 'hashPassword');
    const verify = jest.spyOn(users, 'passwordMatches');
    try {
      const existing = await createUser(t, { password: PASSWORD });
      hash.mockClear();
      await t
        .agent()
        .post('/api/auth/register')
        .send({ email: existing.email, password: PASSWORD, displayName: 'Doppelt' })
        .expect(202);
      const forExisting = hash.mock.calls.length;
      await t
        .agent()
        .post('/api/auth/register')
        .send({ email: 'ganz-neu@example.org', password: PASSWORD, displayName: 'Neu' })
        .expect(202);
      expect(forExisting).toBe(1);
      expect(hash.mock.calls.length - forExisting).toBe(1);

      verify.mockClear();
      await login('niemand@example.org', PASSWORD, '192.0.2.50').expect(401);
      await login(existing.email, 'falsches passwort', '192.0.2.51').expect(401);
      expect(verify.mock.calls.map(([user]) => user === null)).toEqual([true, false]);
    } finally {
      hash.mockRestore();
      verify.mockRestore();
    }
  });
});

describe('a proxy without TRUST_PROXY (issue 13, item 5)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('warns once in the log when requests arrive with X-Forwarded-For', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await t.http.get('/api/health').expect(200);
      for (let i = 0; i < 3; i += 1) {
        await t.http.get('/api/health').set('X-Forwarded-For', `198.51.100.${i}`).expect(200);
      }
      const warnings = warn.mock.calls.filter(([message]) =>
        String(message).includes('TRUST_PROXY'),
      );
      expect(warnings).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});
