import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * Starts the embedded PostgreSQL (PGlite, a real PostgreSQL compiled to WebAssembly) with its
 * files under `dataDir`, or in memory when `dataDir` is null. Contrib extensions that our
 * migrations create must be listed here, because PGlite cannot load them later.
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ?? 'memory://', { extensions: { pg_trgm } });
  return pglite;
}
