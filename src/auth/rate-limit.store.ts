import { Injectable } from '@nestjs/common';
import { KeyedBatcher, type Outcome } from '../common/keyed-batcher.js';
import { AuthRepository } from './auth.repository.js';

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

  constructor(private readonly repository: AuthRepository) {}

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
    const row = await this.repository.countHits(key, { ttl, limit, blockDuration, n });
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
    await this.repository.sweepThrottle().catch(() => undefined);
  }
}
