/**
 * The intake benchmark ("the last hour before a controversial deadline").
 *
 * Starts the real built server (node dist/src/main.js, production mode) on a database of its
 * own on the local PostgreSQL and loads POST /api/phases/:id/statements with autocannon, every
 * request with an Idempotency-Key of its own. In the same run, with the same load, it measures
 * the bare floor (bench/floor-server.mjs: node:http + pg inserting the same kind of row into the
 * same table), so that the result is a ratio that holds on a noisy machine. Rounds alternate
 * floor and server. Afterwards it checks that every accepted statement is stored, with gapless
 * references.
 *
 * Run: npm run bench:intake   (builds the server first)
 *
 *   BENCH_DATABASE_URL  admin connection, default postgres://postgres@127.0.0.1:5432/postgres;
 *                       creates and drops its own database mitplanen_bench_intake_<random>
 *   BENCH_CONNECTIONS   concurrent HTTP connections (default 64)
 *   BENCH_DURATION      seconds measured per round and target (default 10), after BENCH_WARMUP (3)
 *   BENCH_ROUNDS        floor/server rounds (default 2)
 *   BENCH_TIMEOUT       seconds before the whole run gives up and cleans up (default 300)
 *   BENCH_PROFILE       a folder: the server writes a V8 CPU profile (.cpuprofile) into it
 *   BENCH_MAIL_EVERY    every n-th submission is named with an e-mail address, so a receipt
 *                       mail is queued (default 0: all anonymous, as the floor's rows)
 *
 * stdout: one JSON summary. stderr: progress and a table.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { AppModule } from '../dist/src/app.module.js';
import { addDays, berlinDate } from '../dist/src/phases/deadlines/index.js';
import { PhasesService } from '../dist/src/phases/phases.service.js';
import { ProceduresService } from '../dist/src/procedures/procedures.service.js';
import {
  createBenchDatabase,
  freePort,
  intSetting,
  log,
  onCleanup,
  round,
  runBenchmark,
} from './support.mjs';

const CONNECTIONS = intSetting('BENCH_CONNECTIONS', 64);
const DURATION_S = intSetting('BENCH_DURATION', 10);
const WARMUP_S = intSetting('BENCH_WARMUP', 3);
const ROUNDS = intSetting('BENCH_ROUNDS', 2);
const TIMEOUT_S = intSetting('BENCH_TIMEOUT', 300);
const MAIL_EVERY = intSetting('BENCH_MAIL_EVERY', 0);
const POOL_SIZE = 10;
// BENCH_PROFILE=dir writes a V8 CPU profile of the server (not the floor) into dir.
const PROFILE_ARGS = process.env.BENCH_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
  : [];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STATEMENT = {
  text: 'Bitte erhalten Sie die Bäume an der Rüttenscheider Straße; der Radweg muss bleiben.',
  submitter: { type: 'anonymous' },
  topic: 'Verkehr',
  geometry: { type: 'Point', coordinates: [7.005, 51.435] },
  privacyNoticeAcknowledged: true,
};
const BODY = JSON.stringify(STATEMENT);
const NAMED_BODY = JSON.stringify({
  ...STATEMENT,
  submitter: { type: 'named', name: 'Erika Musterfrau', email: 'erika@example.org' },
});
const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [6.99, 51.42],
      [7.02, 51.42],
      [7.02, 51.45],
      [6.99, 51.45],
      [6.99, 51.42],
    ],
  ],
};

/** Two published procedures with an open phase each: one for the server, one for the floor. */
async function seed(databaseUrl, dataDir) {
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      NODE_ENV: 'production',
      // Production needs an https public origin; the benchmark never sends a link anywhere.
      PUBLIC_URL: 'https://bench.mitplanen.invalid',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      CLIENT_DIR: 'none',
      MAIL_POLL_INTERVAL_MS: '60000',
    }),
    { logger: false, abortOnError: false },
  );
  try {
    const today = berlinDate(new Date());
    const phases = [];
    for (const name of ['server', 'floor']) {
      const procedure = await app.get(ProceduresService).create({
        reference: `BENCH-${name.toUpperCase()}-${randomBytes(3).toString('hex')}`,
        title: `Intake-Benchmark (${name})`,
        type: 'informal',
        district: 'Rüttenscheid',
        area: AREA,
        status: 'published',
        topics: ['Verkehr', 'Grün'],
      });
      const phase = await app.get(PhasesService).create(null, procedure.id, {
        kind: 'informal',
        title: 'Letzte Stunde vor der Frist',
        startDate: addDays(today, -28),
        endDate: addDays(today, 1),
        moderationMode: 'pre',
      });
      phases.push(phase.id);
    }
    const [{ server_version }] = await app.get(DataSource).query('SHOW server_version');
    return { serverPhase: phases[0], floorPhase: phases[1], serverVersion: server_version };
  } finally {
    await app.close();
  }
}

/** A child process that is ready once `ready` answers true; killed on cleanup. */
async function startChild(name, args, env, ready) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => {
    output += chunk;
    process.stderr.write(`[${name}] ${chunk}`);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  onCleanup(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output.slice(-1000)}`);
    if (await ready().catch(() => false)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not start within 60 s: ${output.slice(-1000)}`);
}

/** autocannon in this process; every request carries an Idempotency-Key of its own. */
function load(url, path, seconds) {
  let sent = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body: BODY,
        setupRequest: (request) => {
          sent += 1;
          return {
            ...request,
            headers: { ...request.headers, 'idempotency-key': randomUUID() },
            ...(MAIL_EVERY > 0 && sent % MAIL_EVERY === 0 ? { body: NAMED_BODY } : {}),
          };
        },
      },
    ],
  });
}

async function measure(target) {
  let r;
  for (const seconds of [WARMUP_S, DURATION_S]) {
    r = await load(target.url, target.path, seconds);
    target.accepted += r['2xx'];
    target.loads += 1;
    if (r.errors || r.timeouts || r.non2xx) {
      throw new Error(
        `${target.name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx of ${r.requests.total}`,
      );
    }
  }
  return {
    acceptedPerSecond: round(r['2xx'] / r.duration), // autocannon's duration is in seconds
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
  };
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarise(rounds) {
  return {
    acceptedPerSecond: round(median(rounds.map((r) => r.acceptedPerSecond))),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    rounds,
  };
}

async function main() {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const { databaseUrl, name } = await createBenchDatabase('intake');
  log(`database ${name}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'mitplanen-bench-'));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const { serverPhase, floorPhase, serverVersion } = await seed(databaseUrl, dataDir);

  const serverPort = await freePort();
  const serverUrl = `http://127.0.0.1:${serverPort}`;
  await startChild(
    'server',
    [...PROFILE_ARGS, 'dist/src/main.js'],
    {
      NODE_ENV: 'production',
      // Production needs an https public origin; the benchmark never sends a link anywhere.
      PUBLIC_URL: 'https://bench.mitplanen.invalid',
      HOST: '127.0.0.1',
      PORT: String(serverPort),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CLIENT_DIR: 'none',
      SEED_DEMO: 'false',
      STATEMENT_RATE_LIMIT: '1000000',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      MAIL_POLL_INTERVAL_MS: '60000',
    },
    async () => (await fetch(`${serverUrl}/api/health`)).ok,
  );
  const floorPort = await freePort();
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  await startChild(
    'floor',
    ['bench/floor-server.mjs'],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(floorPort),
      POOL_SIZE: String(POOL_SIZE),
      PHASE_ID: floorPhase,
    },
    async () => (await fetch(floorUrl, { method: 'POST', body: '{}' })).status === 201,
  );
  const targets = {
    // The floor's readiness probe stored one statement.
    floor: { name: 'floor', url: floorUrl, path: '/', accepted: 1, loads: 0, rounds: [] },
    server: {
      name: 'server',
      url: serverUrl,
      path: `/api/phases/${serverPhase}/statements`,
      accepted: 0,
      loads: 0,
      rounds: [],
    },
  };
  for (let i = 1; i <= ROUNDS; i += 1) {
    for (const target of [targets.floor, targets.server]) {
      log(`round ${i}/${ROUNDS}: ${target.name}, ${CONNECTIONS} connections, ${DURATION_S} s`);
      target.rounds.push(await measure(target));
    }
  }

  // Nothing accepted may be missing, and the references must still be gapless.
  const ds = new DataSource({ type: 'postgres', url: databaseUrl });
  await ds.initialize();
  try {
    for (const target of Object.values(targets)) {
      const phase = target.name === 'server' ? serverPhase : floorPhase;
      const [stored] = await ds.query(
        `SELECT count(*)::int AS count, coalesce(max(sequence), 0) AS max FROM statements WHERE phase_id = $1`,
        [phase],
      );
      // autocannon stops with up to one request per connection in flight: those are stored,
      // but their answers are not counted.
      const inFlight = CONNECTIONS * target.loads;
      if (stored.count < target.accepted || stored.count > target.accepted + inFlight) {
        throw new Error(`${target.name}: ${target.accepted} accepted, ${stored.count} stored`);
      }
      if (target.name === 'server' && stored.max !== stored.count) {
        throw new Error(`server: references up to ${stored.max} for ${stored.count} statements`);
      }
    }
  } finally {
    await ds.destroy();
  }

  const floor = summarise(targets.floor.rounds);
  const server = summarise(targets.server.rounds);
  const ratio = Math.round((server.acceptedPerSecond / floor.acceptedPerSecond) * 100) / 100;
  const load1 = [loadBefore, loadavg()[0]].map(round);
  log(
    `\nPostgreSQL ${serverVersion}, ${CONNECTIONS} connections${MAIL_EVERY ? `, every ${MAIL_EVERY}th with mail` : ''}, ${ROUNDS} × ${DURATION_S} s, load average ${load1.join(' → ')} on ${cpus().length} CPUs`,
  );
  log('target   statements/s   p50 ms   p99 ms');
  for (const [label, r] of [
    ['floor', floor],
    ['server', server],
  ]) {
    log(
      `${label.padEnd(8)} ${String(r.acceptedPerSecond).padStart(13)} ${String(r.p50Ms).padStart(8)} ${String(r.p99Ms).padStart(8)}`,
    );
  }
  log(`ratio ${ratio} (target ≥ 0.5), server p99 ${server.p99Ms} ms (target < 100 ms)`);
  const summary = {
    serverVersion,
    connections: CONNECTIONS,
    mailEvery: MAIL_EVERY,
    durationSeconds: DURATION_S,
    rounds: ROUNDS,
    cpus: cpus().length,
    loadAverage: load1,
    floor,
    server,
    ratio,
    stored: { server: targets.server.accepted, floor: targets.floor.accepted },
    elapsedSeconds: round((performance.now() - started) / 1000),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

await runBenchmark(main, TIMEOUT_S);
