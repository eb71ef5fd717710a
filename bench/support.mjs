/**
 * What the benchmarks share: settings from the environment, a database of their own on the
 * local PostgreSQL (created and dropped again, name containing `bench`), and one cleanup that
 * runs whatever happened.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sign } from 'cookie-signature';
import pg from 'pg';

/** Signs the sessions of the server that startServer starts. */
const SESSION_SECRET = randomBytes(32).toString('hex');
const SESSION_COOKIE = 'mitplanen.sid';

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

/** The production server in a process of its own, so /proc shows its memory and nothing else. */
export async function startServer(databaseUrl, what, extraEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `mitplanen-bench-${what}-`));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      // Production needs an https public origin; the benchmark never sends a link anywhere.
      PUBLIC_URL: 'https://bench.mitplanen.invalid',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '4',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      CLIENT_DIR: 'none',
      SESSION_SECRET,
      MAIL_POLL_INTERVAL_MS: '60000',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
    }
  };
  onCleanup(stop);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${stderr}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { child, url, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`server did not become healthy: ${stderr}`);
}

/** A user of `role` and a session as connect-pg-simple stores it, with the cookie a browser sends. */
export async function sessionCookie(db, role) {
  const id = randomUUID();
  await db.query(
    `INSERT INTO users (id, email, display_name, roles, email_verified_at) VALUES ($1, $2, 'Bench User', $3, now())`,
    [id, `bench-${id}@example.org`, [role]],
  );
  const sid = randomUUID();
  const expires = new Date(Date.now() + 3600_000);
  await db.query(`INSERT INTO sessions (sid, sess, expire) VALUES ($1, $2, $3)`, [
    sid,
    JSON.stringify({
      cookie: {
        originalMaxAge: 3600_000,
        expires: expires.toISOString(),
        httpOnly: true,
        path: '/',
      },
      passport: { user: id },
    }),
    expires,
  ]);
  return `${SESSION_COOKIE}=${encodeURIComponent(`s:${sign(sid, SESSION_SECRET)}`)}`;
}
