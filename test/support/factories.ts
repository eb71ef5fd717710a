import { randomBytes, randomUUID } from 'node:crypto';
import { sign } from 'cookie-signature';
import type { Role } from '../../src/common/roles.js';
import { User } from '../../src/users/entities/user.entity.js';
import { UsersService } from '../../src/users/users.service.js';
import { SESSION_COOKIE } from '../../src/auth/sessions.service.js';
import { TEST_SESSION_SECRET, type TestApp } from './test-app.js';

let counter = 0;

/** A user of its own for each test; `password` makes it able to sign in through the API. */
export async function createUser(
  t: TestApp,
  options: {
    roles?: Role[];
    password?: string;
    verified?: boolean;
    email?: string;
    active?: boolean;
  } = {},
): Promise<User> {
  counter += 1;
  const users = t.app.get(UsersService);
  const user = await users.create(t.dataSource.manager, {
    email: options.email ?? `user${counter}-${randomBytes(3).toString('hex')}@example.org`,
    displayName: `Test User ${counter}`,
    password: options.password,
    roles: options.roles ?? ['resident'],
    verified: options.verified ?? true,
  });
  if (options.active === false) {
    user.active = false;
    await users.save(user);
  }
  return user;
}

/**
 * A server-side session for `user`, written as connect-pg-simple writes it, and the signed
 * cookie a browser would send. Lets access tests run without a sign-in per request.
 */
export async function sessionCookie(t: TestApp, userId: string): Promise<string> {
  const sid = randomUUID();
  const expires = new Date(Date.now() + 3600_000);
  await t.dataSource.query(`INSERT INTO sessions (sid, sess, expire) VALUES ($1, $2, $3)`, [
    sid,
    JSON.stringify({
      cookie: {
        originalMaxAge: 3600_000,
        expires: expires.toISOString(),
        httpOnly: true,
        path: '/',
        sameSite: 'lax',
      },
      passport: { user: userId },
    }),
    expires,
  ]);
  return `${SESSION_COOKIE}=${encodeURIComponent(`s:${sign(sid, TEST_SESSION_SECRET)}`)}`;
}

/** The session cookie from a response's Set-Cookie header, as `name=value`. */
export function cookieFrom(headers: Record<string, unknown>): string | undefined {
  const setCookie = headers['set-cookie'] as string[] | undefined;
  return setCookie?.find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];
}
