import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A throttle key's window after an upsert of hits. */
export interface ThrottleRow {
  hits: number;
  hits_before: number | null;
  expires_in: number;
  blocked_for: number | null;
}

/** The SQL of the auth module's tables: `sessions`, `app_secrets`, `throttle_counters` (ADR 0005). */
@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored session secret, stored as `candidate` first if there was none. */
  async ensureSessionSecret(candidate: string): Promise<string> {
    await this.dataSource.query(
      `INSERT INTO app_secrets (name, value) VALUES ('session', $1) ON CONFLICT (name) DO NOTHING`,
      [candidate],
    );
    const rows = await this.dataSource.query<{ value: string }[]>(
      `SELECT value FROM app_secrets WHERE name = 'session'`,
    );
    return rows[0].value;
  }

  /** Deletes every session of a user; the number deleted. */
  async deleteSessionsOf(userId: string): Promise<number> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM sessions WHERE sess -> 'passport' ->> 'user' = $1`,
      [userId],
    );
    return result[1];
  }

  /** Whether the session exists, is unexpired and belongs to this active user. */
  async sessionAlive(sid: string, userId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM sessions s JOIN users u ON u.id::text = s.sess -> 'passport' ->> 'user'
        WHERE s.sid = $1 AND u.id = $2 AND u.active AND s.expire > now()`,
      [sid, userId],
    );
    return rows.length > 0;
  }

  /**
   * Adds n hits to one key in one atomic upsert. Of n hits on a window that had `before`, the
   * first ones up to the limit pass; the one after them blocks the key and counts, the rest
   * find it blocked.
   */
  async countHits(
    key: string,
    hits: { ttl: number; limit: number; blockDuration: number; n: number },
  ): Promise<ThrottleRow> {
    const { ttl, limit, blockDuration, n } = hits;
    // $3 limit, $5 n.
    const rows = await this.dataSource.query<ThrottleRow[]>(
      `WITH hit AS (
         INSERT INTO throttle_counters AS t (key, hits, hits_before, expires_at, blocked_until)
         VALUES ($1, least($5, greatest(1, $3 + 1)), 0, now() + make_interval(secs => $2::float8 / 1000),
                 CASE WHEN $5 > $3 THEN now() + make_interval(secs => $4::float8 / 1000) END)
         ON CONFLICT (key) DO UPDATE SET
           hits_before = CASE
             WHEN t.blocked_until > now() THEN NULL
             WHEN t.expires_at <= now() THEN 0
             ELSE t.hits END,
           hits = CASE
             WHEN t.blocked_until > now() THEN t.hits
             WHEN t.expires_at <= now() THEN least($5, greatest(1, $3 + 1))
             ELSE t.hits + least($5, greatest(1, $3 + 1 - t.hits)) END,
           expires_at = CASE
             WHEN t.blocked_until > now() THEN t.expires_at
             WHEN t.expires_at <= now() THEN EXCLUDED.expires_at
             ELSE t.expires_at END,
           blocked_until = CASE
             WHEN t.blocked_until > now() THEN t.blocked_until
             WHEN t.expires_at <= now() THEN EXCLUDED.blocked_until
             WHEN t.hits + $5 > $3 THEN now() + make_interval(secs => $4::float8 / 1000)
             ELSE NULL END
         RETURNING hits, hits_before, expires_at, blocked_until
       )
       SELECT hits, hits_before,
              ceil(extract(epoch FROM expires_at - now()))::int AS expires_in,
              ceil(extract(epoch FROM blocked_until - now()))::int AS blocked_for
       FROM hit`,
      [key, ttl, limit, blockDuration, n],
    );
    return rows[0];
  }

  /** Forgets windows and blocks that have ended. */
  async sweepThrottle(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM throttle_counters WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}
