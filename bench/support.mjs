/**
 * What the benchmarks share: settings from the environment, a database of their own on the
 * local PostgreSQL (created and dropped again, name containing `bench`), and one cleanup that
 * runs whatever happened.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';

export const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const log = (line) => process.stderr.write(`${line}\n`);

export const round = (n) => Math.round(n * 10) / 10;

export function intSetting(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
  return n;
}

/** Refuses to create or drop a database whose name does not say it is for benchmarks. */
export function assertBenchDatabaseName(name) {
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('bench')) {
    throw new Error(`Refusing to use database "${name}": bench databases must contain "bench"`);
  }
}

/** The benchmark sends nothing beyond this machine. */
export function assertLoopback(url) {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!['127.0.0.1', 'localhost', '::1', ''].includes(host)) {
    throw new Error(`BENCH_DATABASE_URL must point at this machine (127.0.0.1), not ${host}`);
  }
}

export async function withAdmin(fn) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Everything to undo, in reverse order; runs once, whatever happened. */
const cleanups = [];
let cleaning = null;
export function onCleanup(step) {
  cleanups.push(step);
}
export function cleanup() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        log(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}

/** A fresh database mitplanen_bench_<what>_<random> on the local server, dropped on cleanup. */
export async function createBenchDatabase(what) {
  const admin = new URL(ADMIN_URL);
  assertLoopback(admin);
  const name = `mitplanen_bench_${what}_${randomBytes(4).toString('hex')}`;
  assertBenchDatabaseName(name);
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  onCleanup(async () => {
    assertBenchDatabaseName(name);
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    log(`dropped database ${name}`);
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), name };
}

/**
 * Runs `main` with a deadline and signal handling, prints nothing itself; cleans up and exits
 * (nothing of an app may keep the process alive once it has been closed).
 */
export async function runBenchmark(main, timeoutSeconds) {
  const deadline = setTimeout(() => {
    log(`timeout: giving up after ${timeoutSeconds} s`);
    process.exitCode = 1;
    void cleanup().then(() => process.exit(1));
  }, timeoutSeconds * 1000);
  deadline.unref();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => void cleanup().then(() => process.exit(130)));
  }
  try {
    await main();
  } catch (error) {
    log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
  process.exit(process.exitCode ?? 0);
}

/** A TCP port on 127.0.0.1 that is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
