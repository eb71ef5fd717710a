import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { PGlite } from '@electric-sql/pglite';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from '../config/app-config.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * TypeORM options shared by the server, the migration CLI and tests. The embedded engine is
 * reached through PGlite's node-postgres adapter, so TypeORM and `pg` see an ordinary
 * connection; it serves one connection at a time, hence its pool size of 1.
 */
export function dataSourceOptions(
  target: DatabaseTarget,
  pglite: PGlite | null,
  entities: DataSourceOptions['entities'],
): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['error' as const, 'warn' as const],
    logger: 'simple-console' as const,
  };
  if (target.kind === 'postgres') {
    return {
      ...common,
      url: target.url,
      poolSize: target.poolSize,
      extra: { application_name: 'mitplanen', connectionTimeoutMillis: 5000 },
    };
  }
  if (!pglite) throw new Error('The embedded database must be started before connecting to it');
  return { ...common, extra: createPgConfig(pglite) };
}
