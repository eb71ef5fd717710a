import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, Unprivileged, waitFor } from './processes.js';

/** The server binaries of Debian's newest installed PostgreSQL, unless POSTGRES_BIN names others. */
function serverBinaries(): string {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((x, y) => Number(y) - Number(x))
    : [];
  if (!versions[0])
    throw new Error(`no PostgreSQL server binaries under ${root}; set POSTGRES_BIN`);
  return join(root, versions[0], 'bin');
}

export interface PrivatePostgres {
  /** Admin connection to its `postgres` database (user postgres, trust auth, loopback only). */
  url: string;
  /** Stops the server the hard way (`-m immediate`, as a crash or a pulled plug would). */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own, in a temp dir, so that a test can stop and start it
 * without touching the machine's shared cluster. As root it runs as the `postgres` account.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const BIN = serverBinaries();
  const account = await Unprivileged.as('postgres');
  const dir = account.tempDir('mitplanen-pg-');
  const data = join(dir, 'data');
  const port = await freePort();
  const pgCtl = (...args: string[]) =>
    account.run(join(BIN, 'pg_ctl'), ['-w', '-D', data, ...args], dir);
  await account.run(
    join(BIN, 'initdb'),
    ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    dir,
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const start = async () => {
    await pgCtl(
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`,
      'start',
    );
    await waitFor('PostgreSQL', async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.end();
      return true;
    });
  };
  let running = false;
  await start();
  running = true;
  return {
    url,
    start: async () => {
      await start();
      running = true;
    },
    stop: async () => {
      await pgCtl('-m', 'immediate', 'stop');
      running = false;
    },
    destroy: async () => {
      if (running) await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
