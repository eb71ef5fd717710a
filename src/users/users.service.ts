import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { EntityManager, Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { UserToken, type TokenPurpose } from './entities/user-token.entity.js';
import { User } from './entities/user.entity.js';
import type { Role } from '../common/roles.js';
import { UsersRepository, type UserListFilter } from './users.repository.js';

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

export type UserListQuery = UserListFilter;

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(UserToken) private readonly tokens: Repository<UserToken>,
    private readonly repository: UsersRepository,
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
    return this.repository.countFailedAttempt(userId, lock);
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
    await this.repository.markEmailVerified(manager, userId);
  }

  /**
   * Sets a new password hash from a reset link: the failure count starts again, and following
   * the link proves control of the address, so it also counts as verified.
   */
  async resetPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await this.repository.resetPassword(manager, userId, passwordHash);
  }

  /** Uses a token up: one atomic update, so a token works exactly once even under races. */
  async consumeToken(manager: EntityManager, raw: string, purpose: TokenPurpose): Promise<string> {
    const userId = await this.repository.consumeToken(manager, sha256(raw), purpose);
    if (userId === null) {
      throw AppError.field('TOKEN_INVALID', 'token', 'invalid', {
        de: 'Der Link ist ungültig, abgelaufen oder wurde schon benutzt.',
        en: 'The link is invalid, has expired or was already used.',
      });
    }
    return userId;
  }

  list(query: UserListQuery): Promise<{ items: User[]; total: number }> {
    return this.repository.list(query);
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
