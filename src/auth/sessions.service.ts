import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { AuthRepository } from './auth.repository.js';

export const SESSION_COOKIE = 'mitplanen.sid';

/** Server-side sessions in PostgreSQL (connect-pg-simple on TypeORM's own pool). */
@Injectable()
export class SessionsService {
  private store: (session.Store & { close?: () => void }) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly repository: AuthRepository,
  ) {}

  /** The session key: SESSION_SECRET, or one generated once and kept in the database. */
  private async secret(): Promise<string> {
    if (this.config.sessionSecret) return this.config.sessionSecret;
    return this.repository.ensureSessionSecret(randomBytes(48).toString('base64url'));
  }

  async middleware(): Promise<RequestHandler> {
    const PgStore = connectPgSimple(session);
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    this.store = new PgStore({
      pool,
      tableName: 'sessions',
      createTableIfMissing: false,
      // Expired rows are pruned by whichever instance gets there; never in tests.
      pruneSessionInterval: this.config.env === 'test' ? false : 15 * 60,
    });
    return session({
      name: SESSION_COOKIE,
      secret: await this.secret(),
      store: this.store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        maxAge: this.config.sessionTtlHours * 3600 * 1000,
        path: '/',
      },
    });
  }

  close(): void {
    this.store?.close?.();
  }

  /** Ends every session of a user on every instance (deactivation, password reset, removal). */
  async endAllFor(userId: string): Promise<number> {
    return this.repository.deleteSessionsOf(userId);
  }
}
