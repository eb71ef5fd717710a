import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** Any constant works; it only has to be the same for every instance of Mitplanen. */
const MIGRATION_LOCK_KEY = 7_301_142;

/**
 * Runs pending migrations. On a PostgreSQL server several instances may start at once, so the
 * run is serialised by an advisory lock held on a connection of its own; the embedded database
 * has one process and one connection, so it needs none.
 */
export async function migrate(dataSource: DataSource, serialise: boolean): Promise<void> {
  const logger = new Logger('Migrations');
  const run = async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) logger.log(`applied ${migration.name}`);
  };
  if (!serialise) return run();
  const lockRunner = dataSource.createQueryRunner();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await run();
  } finally {
    await lockRunner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await lockRunner.release();
  }
}
