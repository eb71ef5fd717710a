import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { User } from '../users/entities/user.entity.js';
import type { Role } from '../common/roles.js';
import { UsersService } from '../users/users.service.js';
import type { AccountExportDto, RegisterDto, SessionUserDto } from './dto/auth.dto.js';
import { accountExistsMail, resetPasswordMail, verifyEmailMail } from './mails.js';
import { assertStrongPassword } from './password-strength.js';
import { SessionsService } from './sessions.service.js';
import type { SessionUser } from '../common/session-user.js';
import { SessionStreamsService } from './session-streams.service.js';

const VERIFY_TTL_MS = 48 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;
/** Failed sign-ins older than this no longer slow the next attempt down. */
const FAILURE_MEMORY_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 5000;

export function toSessionUser(user: User): SessionUser {
  return { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly notifications: NotificationsService,
    private readonly streams: SessionStreamsService,
  ) {}

  /** Links in mails point at the configured origin, never at the request's Host header. */
  private link(path: string, token: string): string {
    return `${this.config.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  }

  /**
   * Registers a resident. The answer is the same whether or not the address already has an
   * account (no enumeration); the mail tells the owner which case it was. User, token and
   * mail are committed together.
   */
  async register(dto: RegisterDto): Promise<void> {
    assertStrongPassword(dto.password, [dto.email, dto.displayName]);
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.users.findByEmail(dto.email, manager);
      if (existing) {
        // The same work as a new account (one argon2 hash), so timing reveals nothing.
        await this.users.hashPassword(dto.password);
        const mail = accountExistsMail(`${this.config.publicUrl}/passwort/vergessen`);
        await this.notifications.enqueue(manager, { to: existing.email, ...mail });
        return;
      }
      const user = await this.users.create(manager, {
        email: dto.email,
        displayName: dto.displayName,
        password: dto.password,
        roles: ['resident'],
        verified: false,
      });
      const token = await this.users.issueToken(manager, user.id, 'verify_email', VERIFY_TTL_MS);
      const mail = verifyEmailMail(user.displayName, this.link('/konto/bestaetigen', token));
      await this.notifications.enqueue(manager, { to: user.email, ...mail });
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.users.consumeToken(manager, token, 'verify_email');
      await this.users.markEmailVerified(manager, userId);
    });
  }

  /**
   * Checks e-mail and password for passport-local. After three failures in a row the next
   * attempts are slowed down progressively (doubling, at most 5 s); after SIGN_IN_LOCK_AFTER
   * the account is locked for a growing time (UsersService.beginSignInAttempt).
   */
  async validateSignIn(email: string, password: string): Promise<SessionUser> {
    const user = await this.users.findByEmail(email);
    // Locked (too many failures in a row): the password is checked against the dummy hash, so
    // the answer and its timing are those of a wrong password, whether or not it was right.
    const mayTry = user
      ? await this.users.beginSignInAttempt(user.id, this.config.signInLock)
      : false;
    if (user && !mayTry) {
      await this.users.passwordMatches(null, password);
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (user && user.failedSignIns >= 3 && user.lastFailedSignInAt) {
      if (Date.now() - user.lastFailedSignInAt.getTime() < FAILURE_MEMORY_MS) {
        const delay = Math.min(
          this.config.signInDelayMs * 2 ** (user.failedSignIns - 3),
          MAX_DELAY_MS,
        );
        await sleep(delay);
      }
    }
    const ok = await this.users.passwordMatches(user, password);
    if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
    if (!user.active) throw new AppError('ACCOUNT_DEACTIVATED');
    if (!user.emailVerifiedAt) throw new AppError('EMAIL_NOT_VERIFIED');
    await this.users.recordSuccessfulSignIn(user);
    return toSessionUser(user);
  }

  /** The user behind a session, loaded fresh: a deactivated or removed user is signed out. */
  async sessionUser(id: string): Promise<SessionUser | null> {
    const user = await this.users.findById(id);
    return user?.active ? toSessionUser(user) : null;
  }

  /** Always answers the same; sends a reset link only when the account exists and is active. */
  async forgotPassword(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(email, manager);
      if (!user?.active) return;
      const token = await this.users.issueToken(manager, user.id, 'reset_password', RESET_TTL_MS);
      await this.notifications.enqueue(manager, {
        to: user.email,
        ...resetPasswordMail(this.link('/passwort/neu', token)),
      });
    });
  }

  /** Sets a new password with a single-use token and ends all sessions of the account. */
  async resetPassword(token: string, password: string): Promise<void> {
    assertStrongPassword(password);
    const passwordHash = await this.users.hashPassword(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const id = await this.users.consumeToken(manager, token, 'reset_password');
      await this.users.resetPassword(manager, id, passwordHash);
      return id;
    });
    await this.sessions.endAllFor(userId);
  }

  async setRoles(userId: string, roles: Role[]): Promise<User> {
    const user = await this.users.getById(userId);
    user.roles = roles;
    return this.users.save(user);
  }

  /** Deactivating ends the user's sessions on every instance at once. */
  async setActive(userId: string, active: boolean): Promise<User> {
    const user = await this.users.getById(userId);
    user.active = active;
    const saved = await this.users.save(user);
    if (!active) {
      const ended = await this.sessions.endAllFor(userId);
      this.streams.sessionsEnded({ userId });
      this.logger.log(`deactivated user ${userId}, ended ${ended} session(s)`);
    }
    return saved;
  }

  /**
   * "Remove my personal data" (DSGVO Art. 17 within the limits of §3 BauGB): the account's
   * name, address and password go; its statements stay in the file without them.
   */
  async removePersonalData(userId: string): Promise<void> {
    const user = await this.users.getById(userId);
    user.email = `removed-${user.id}@invalid`;
    user.displayName = '';
    user.passwordHash = null;
    user.oidcIdentity = null;
    user.active = false;
    user.personalDataRemovedAt = new Date();
    await this.users.save(user);
    await this.sessions.endAllFor(userId);
  }

  async exportAccount(userId: string): Promise<AccountExportDto> {
    const user = await this.users.getById(userId);
    const account: SessionUserDto = toSessionUser(user);
    return {
      account,
      createdAt: user.createdAt.toISOString(),
      emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
      exportedAt: new Date().toISOString(),
      statements: [],
    };
  }
}
