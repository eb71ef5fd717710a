import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RateLimitRecord {
  totalHits: number;
  /** Seconds until the window ends. */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds until the block ends (0 when not blocked). */
  timeToBlockExpire: number;
}

/**
 * Fixed-window rate-limit counters in PostgreSQL, so that a limit holds across all instances.
 * (@nestjs/throttler 6 is CommonJS requiring the ES-module @nestjs/common 12, which Jest cannot
 * load on Node 20; its guard is a few lines, so we keep guard and store here.)
 * One atomic upsert per hit: a new window starts when the old one has expired and no block is
 * in force; exceeding the limit blocks the key for `blockDuration`.
 */
@Injectable()
export class RateLimitStore {
  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<RateLimitRecord> {
    const rows = await this.dataSource.query<
      { hits: number; expires_in: number; blocked_for: number | null }[]
    >(
      `WITH hit AS (
         INSERT INTO throttle_counters AS t (key, hits, expires_at, blocked_until)
         VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000),
                 CASE WHEN 1 > $3 THEN now() + make_interval(secs => $4::float8 / 1000) END)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE
             WHEN t.blocked_until > now() THEN t.hits
             WHEN t.expires_at <= now() THEN 1
             ELSE t.hits + 1 END,
           expires_at = CASE
             WHEN t.blocked_until > now() THEN t.expires_at
             WHEN t.expires_at <= now() THEN EXCLUDED.expires_at
             ELSE t.expires_at END,
           blocked_until = CASE
             WHEN t.blocked_until > now() THEN t.blocked_until
             WHEN t.expires_at > now() AND t.hits + 1 > $3 THEN now() + make_interval(secs => $4::float8 / 1000)
             ELSE NULL END
         RETURNING hits, expires_at, blocked_until
       )
       SELECT hits,
              ceil(extract(epoch FROM expires_at - now()))::int AS expires_in,
              ceil(extract(epoch FROM blocked_until - now()))::int AS blocked_for
       FROM hit`,
      [`${name}:${key}`, ttl, limit, blockDuration],
    );
    const row = rows[0];
    if (Math.random() < 0.01) void this.sweep();
    const blockedFor = row.blocked_for ?? 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, row.expires_in),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: Math.max(0, blockedFor),
    };
  }

  /** Forgets windows and blocks that have ended. */
  async sweep(): Promise<void> {
    await this.dataSource
      .query(
        `DELETE FROM throttle_counters WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
      )
      .catch(() => undefined);
  }
}
