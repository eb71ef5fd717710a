import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters for a busy hour (RateLimitStore):
 * - `hits_before` lets one upsert count several hits on a key and tell each its place.
 * - Unlogged: the counters need no crash safety (after a crash they start from zero, which only
 *   forgives a few hits). An upsert then writes no WAL and its commit waits for no flush, so the
 *   hits from one address (one row, one lock) no longer queue behind each other's disk flush.
 *   Unlogged tables are not replicated either: after a failover the windows start afresh.
 */
export class BatchThrottleCounters1796193871083 implements MigrationInterface {
  name = 'BatchThrottleCounters1796193871083';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "throttle_counters" ADD "hits_before" integer');
    await queryRunner.query('ALTER TABLE "throttle_counters" SET UNLOGGED');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "throttle_counters" SET LOGGED');
    await queryRunner.query('ALTER TABLE "throttle_counters" DROP COLUMN "hits_before"');
  }
}
