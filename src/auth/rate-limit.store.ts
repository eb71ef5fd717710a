import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KeyedBatcher, type Outcome } from '../common/keyed-batcher.js';

export interface RateLimitRecord {
  totalHits: number;
  /** Seconds until the window ends. */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds until the block ends (0 when not blocked). */
  timeToBlockExpire: number;
}

interface Hit {
  ttl: number;
  limit: number;
  blockDuration: number;
}

/**
 * Fixed-window rate-limit counters in PostgreSQL, so that a limit holds across all instances.
 * (@nestjs/throttler 6 is CommonJS requiring the ES-module @nestjs/common 12, which Jest cannot
 * load on Node 20; its guard is a few lines, so we keep guard and store here.)
 *
 * The hits on one key that arrive while its previous upsert runs are counted together by the
 * next one (KeyedBatcher), in arrival order, with exactly the outcome each would have had one by
 * one: a new window starts when the old one has expired and no block is in force; the hit that
 * exceeds the limit blocks the key for `blockDuration`, and so are all hits after it. One
 * busy address thus costs one upsert per round trip, not one per request.
 */
@Injectable()
export class RateLimitStore {
  private readonly hits = new KeyedBatcher<Hit, RateLimitRecord>(
    (key, hits) => this.count(key, hits),
    { maxSize: Number.POSITIVE_INFINITY },
  );

  constructor(private readonly dataSource: DataSource) {}

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<RateLimitRecord> {
    return this.hits.submit(`${name}:${key}`, { ttl, limit, blockDuration });
  }

  /** Adds n hits to one key in one atomic upsert; they share the key, so they share its limits. */
  private async count(key: string, hits: Hit[]): Promise<Outcome<RateLimitRecord>[]> {
    const [{ ttl, limit, blockDuration }] = hits;
    const n = hits.length;
    // $3 limit, $5 n. Of n hits on a window that had `before`, the first ones up to the limit
    // pass; the one after them blocks the key and counts, the rest find it blocked.
    const rows = await this.dataSource.query<
      { hits: number; hits_before: number | null; expires_in: number; blocked_for: number | null }[]
    >(
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
    const row = rows[0];
    if (Math.random() < 0.01) void this.sweep();
    const timeToExpire = Math.max(0, row.expires_in);
    const blockedFor = Math.max(0, row.blocked_for ?? 0);
    return hits.map((_hit, i) => {
      // The i-th hit of the batch (0-based) saw the window at before + i + 1 hits.
      const seen = row.hits_before === null ? null : row.hits_before + i + 1;
      const isBlocked = seen === null || seen > limit;
      return {
        ok: true,
        value: {
          totalHits: seen === null ? row.hits : Math.min(seen, row.hits),
          timeToExpire,
          isBlocked,
          timeToBlockExpire: isBlocked ? blockedFor : 0,
        },
      };
    });
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
