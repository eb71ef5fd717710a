import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { rowsOf } from '../database/rows-of.js';
import type { TokenPurpose } from './entities/user-token.entity.js';
import { User } from './entities/user.entity.js';
import type { Role } from '../common/roles.js';

export interface UserListFilter {
  q?: string;
  role?: Role;
  limit: number;
  offset: number;
}

interface ConsumedTokenRow {
  user_id: string;
}

/** The SQL of the `users` and `user_tokens` tables (ADR 0005). */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts a failed attempt unless the account is locked; false while it is locked. */
  async countFailedAttempt(
    userId: string,
    lock: { after: number; minutes: number },
  ): Promise<boolean> {
    const result = await this.dataSource.query<unknown>(
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
    return rowsOf<{ id: string }>(result).length > 0;
  }

  async markEmailVerified(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
      [userId],
    );
  }

  async resetPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL,
              email_verified_at = coalesce(email_verified_at, now())
       WHERE id = $1`,
      [userId, passwordHash],
    );
  }

  /** Marks an unused, unexpired token as used; the owner's id, or null when none matched. */
  async consumeToken(
    manager: EntityManager,
    tokenHash: string,
    purpose: TokenPurpose,
  ): Promise<string | null> {
    const result = await manager.query<unknown>(
      `UPDATE user_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [tokenHash, purpose],
    );
    return rowsOf<ConsumedTokenRow>(result)[0]?.user_id ?? null;
  }

  async list(filter: UserListFilter): Promise<{ items: User[]; total: number }> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'DESC')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.q) {
      qb.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', {
        q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
