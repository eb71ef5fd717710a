import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { EntityManager, Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { UserToken, type TokenPurpose } from './entities/user-token.entity.js';
import { User } from './entities/user.entity.js';
import type { Role } from '../common/roles.js';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Compared against when the account does not exist, so that timing reveals nothing. */
let dummyHash: Promise<string> | undefined;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export interface UserListQuery {
  q?: string;
  role?: Role;
  limit: number;
  offset: number;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(UserToken) private readonly tokens: Repository<UserToken>,
  ) {}

  hashPassword(password: string): Promise<string> {
    return hash(password, ARGON2);
  }

  /** Verifies a password; for a missing account a dummy hash is checked to keep timing even. */
  async passwordMatches(user: User | null, password: string): Promise<boolean> {
    if (!user?.passwordHash) {
      dummyHash ??= hash('not a password', ARGON2);
      await verify(await dummyHash, password).catch(() => false);
      return false;
    }
    return verify(user.passwordHash, password).catch(() => false);
  }

  findByEmail(email: string, manager?: EntityManager): Promise<User | null> {
    return (manager?.getRepository(User) ?? this.users).findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new AppError('USER_NOT_FOUND');
    return user;
  }

  findByOidcIdentity(identity: string): Promise<User | null> {
    return this.users.findOneBy({ oidcIdentity: identity });
  }

  async create(
    manager: EntityManager,
    input: {
      email: string;
      displayName: string;
      password?: string;
      roles: Role[];
      verified: boolean;
      oidcIdentity?: string;
    },
  ): Promise<User> {
    const repo = manager.getRepository(User);
    return repo.save(
      repo.create({
        email: normaliseEmail(input.email),
        displayName: input.displayName.trim(),
        passwordHash: input.password ? await this.hashPassword(input.password) : null,
        roles: input.roles,
        emailVerifiedAt: input.verified ? new Date() : null,
        oidcIdentity: input.oidcIdentity ?? null,
      }),
    );
  }

  async save(user: User, manager?: EntityManager): Promise<User> {
    return (manager?.getRepository(User) ?? this.users).save(user);
  }

  /**
   * Counts a sign-in attempt as failed BEFORE its password is checked, in one atomic update,
   * so that parallel guesses from any number of clients all count. The `after`-th failure in a
   * row locks the account for `minutes`, each further one doubles that (at most 24 h). Returns
   * false, counting nothing, while the account is locked. A correct password then resets it.
   */
  async beginSignInAttempt(
    userId: string,
    lock: { after: number; minutes: number },
  ): Promise<boolean> {
    const result = await this.users.query<[unknown[], number]>(
      `UPDATE users
         SET failed_sign_ins = failed_sign_ins + 1,
             last_failed_sign_in_at = now(),
             locked_until = CASE WHEN failed_sign_ins + 1 >= $2
               THEN now() + least($3 * power(2, failed_sign_ins + 1 - $2), 1440) * interval '1 minute'
               ELSE locked_until END
       WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
       RETURNING id`,
      [userId, lock.after, lock.minutes],
    );
    // node-postgres answers UPDATE … RETURNING as [rows, count] through TypeORM.
    const rows = Array.isArray(result[0]) ? result[0] : (result as unknown[]);
    return rows.length > 0;
  }

  async recordSuccessfulSignIn(user: User): Promise<void> {
    await this.users.update(user.id, { failedSignIns: 0, lockedUntil: null });
  }

  /** A random token for a link in a mail; only its hash is stored. */
  async issueToken(
    manager: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    ttlMs: number,
  ): Promise<string> {
    const raw = randomBytes(32).toString('base64url');
    await manager.getRepository(UserToken).insert({
      userId,
      purpose,
      tokenHash: sha256(raw),
      expiresAt: new Date(Date.now() + ttlMs),
    });
    return raw;
  }

  /** Marks the address as confirmed (a link from a mail to it was followed); idempotent. */
  async markEmailVerified(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
      [userId],
    );
  }

  /**
   * Sets a new password hash from a reset link: the failure count starts again, and following
   * the link proves control of the address, so it also counts as verified.
   */
  async resetPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL,
              email_verified_at = coalesce(email_verified_at, now())
       WHERE id = $1`,
      [userId, passwordHash],
    );
  }

  /** Uses a token up: one atomic update, so a token works exactly once even under races. */
  async consumeToken(manager: EntityManager, raw: string, purpose: TokenPurpose): Promise<string> {
    const rows = await manager.query<{ user_id: string }[]>(
      `UPDATE user_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [sha256(raw), purpose],
    );
    // node-postgres answers UPDATE … RETURNING as [rows, count] through TypeORM.
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as { user_id: string }[];
    if (list.length === 0) {
      throw AppError.field('TOKEN_INVALID', 'token', 'invalid', {
        de: 'Der Link ist ungültig, abgelaufen oder wurde schon benutzt.',
        en: 'The link is invalid, has expired or was already used.',
      });
    }
    return list[0].user_id;
  }

  async list(query: UserListQuery): Promise<{ items: User[]; total: number }> {
    const qb = this.users
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'DESC')
      .take(query.limit)
      .skip(query.offset);
    if (query.q) {
      qb.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
