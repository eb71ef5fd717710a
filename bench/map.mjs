/**
 * The public map benchmark ("statements scale to 100,000").
 *
 * Boots the real app from dist/ (AppModule + configureApp, as main.ts does) on a database of its
 * own, seeds one published procedure in Essen with 100,000 published statements in bulk SQL,
 * then measures GET /api/procedures/:id/statements/map at zoom 12 (whole area) and zoom 16 (a
 * street in a hot spot) with autocannon, each next to a bare floor measured in the same run
 * (bench/json-floor.mjs: node:http answering the app's own answer, byte for byte), and the heap
 * that the clustering index of the 100,000 points takes. Targets (issue 18): p99 < 50 ms,
 * answers < 100 kB, throughput >= 0.5 x floor.
 *
 * Run: npm run bench:map   (builds the server first)
 *
 *   BENCH_ENGINE        postgres | pglite (embedded, in memory); unset: both, one after the other
 *   BENCH_DATABASE_URL  admin connection, default postgres://postgres@127.0.0.1:5432/postgres;
 *                       the benchmark creates and drops its own database mitplanen_bench_map_<random>
 *   BENCH_ROWS          statements to seed (default 100000)
 *   BENCH_CONNECTIONS   concurrent HTTP connections (default 8)
 *   BENCH_DURATION      seconds measured per scenario (default 10), after BENCH_WARMUP (default 3)
 *   BENCH_TIMEOUT       seconds before the whole run gives up and cleans up (default 600)
 *
 * stdout: one JSON summary. stderr: progress, a table and the query plans.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../dist/src/app.module.js';
import { configureApp } from '../dist/src/configure-app.js';
import { addDays, berlinDate } from '../dist/src/phases/deadlines/index.js';
import { PhasesService } from '../dist/src/phases/phases.service.js';
import { ProceduresService } from '../dist/src/procedures/procedures.service.js';
import { MapIndexService } from '../dist/src/statements/map-index/map-index.service.js';
import {
  createBenchDatabase,
  intSetting,
  log,
  onCleanup,
  round,
  runBenchmark,
} from './support.mjs';

const env = process.env;
const ENGINE = env.BENCH_ENGINE;
const ROWS = intSetting('BENCH_ROWS', 100_000);
const CONNECTIONS = intSetting('BENCH_CONNECTIONS', 8);
const DURATION_S = intSetting('BENCH_DURATION', 10);
const WARMUP_S = intSetting('BENCH_WARMUP', 3);
const TIMEOUT_S = intSetting('BENCH_TIMEOUT', 600);

/** A simplified outline of Essen (WGS84), inside the default CITY_BBOX. */
const ESSEN = [
  [6.9, 51.47],
  [6.93, 51.51],
  [7.0, 51.534],
  [7.08, 51.52],
  [7.137, 51.47],
  [7.12, 51.4],
  [7.05, 51.36],
  [6.96, 51.347],
  [6.9, 51.38],
  [6.9, 51.47],
];
const AREA_BBOX = [6.9, 51.347, 7.137, 51.534];

/**
 * Where people comment: dense hot spots (Gaussian, sigma in degrees, about 300–600 m) around
 * district centres, the rest spread uniformly over the whole plan area.
 */
const HOT_SPOTS = [
  { name: 'Rüttenscheid', x: 7.005, y: 51.433, sx: 0.006, sy: 0.004, share: 0.12 },
  { name: 'Innenstadt', x: 7.013, y: 51.455, sx: 0.006, sy: 0.004, share: 0.1 },
  { name: 'Altenessen', x: 7.011, y: 51.495, sx: 0.007, sy: 0.005, share: 0.08 },
  { name: 'Steele', x: 7.079, y: 51.448, sx: 0.006, sy: 0.004, share: 0.07 },
  { name: 'Frohnhausen', x: 6.971, y: 51.448, sx: 0.006, sy: 0.004, share: 0.07 },
  { name: 'Zollverein', x: 7.044, y: 51.486, sx: 0.008, sy: 0.005, share: 0.06 },
  { name: 'Kettwig', x: 6.948, y: 51.37, sx: 0.005, sy: 0.003, share: 0.05 },
];

/** zoom 12: the whole plan area (a city-wide view); zoom 16: about 1.5 km × 1 km in Rüttenscheid. */
const SCENARIOS = [
  { name: 'clusters', zoom: 12, bbox: AREA_BBOX },
  { name: 'features', zoom: 16, bbox: [6.9945, 51.4285, 7.0155, 51.4375] },
];

const TOPICS = ['Verkehr', 'Grün', 'Wohnen', 'Lärm', 'Spielplätze'];
const SENTENCES = [
  'Bitte mehr Bäume an der Kreuzung pflanzen, im Sommer ist es hier unerträglich heiß. ',
  'Der Radweg endet abrupt vor der Einmündung; das ist für Kinder gefährlich. ',
  'Die geplante Bebauung nimmt den Anwohnern Licht und den letzten Parkplatz. ',
  'Wir wünschen uns einen Spielplatz und Bänke für ältere Menschen im Quartier. ',
  'Nachts ist der Lärm der Hauptstraße deutlich zu hören; bitte Tempo 30 prüfen. ',
];

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
/** Running load generators, stopped first when cleaning up. */
const children = new Set();

async function createDatabase() {
  if (ENGINE === 'pglite') return { databaseUrl: 'pglite://memory', name: null };
  if (ENGINE !== 'postgres') throw new Error(`BENCH_ENGINE must be postgres or pglite`);
  return createBenchDatabase('map');
}

async function startApp(databaseUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mitplanen-bench-'));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const app = await NestFactory.create(
    AppModule.forRoot({
      NODE_ENV: 'production',
      // Production needs an https public origin; the benchmark never sends a link anywhere.
      PUBLIC_URL: 'https://bench.mitplanen.invalid',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      CLIENT_DIR: 'none',
      MAIL_POLL_INTERVAL_MS: '60000',
    }),
    { logger: false, bodyParser: false, abortOnError: false },
  );
  onCleanup(() => app.close());
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  return { app, url: `http://127.0.0.1:${port}` };
}

/** One procedure and phase through the services; the statements in one INSERT … SELECT. */
async function seed(app) {
  const stamp = String(Date.now() % 1_000_000).padStart(6, '0');
  const procedure = await app.get(ProceduresService).create({
    reference: `BENCH-${stamp}`,
    title: 'Stadtdialog Essen 2035 (Benchmark)',
    type: 'informal',
    district: 'Essen',
    area: { type: 'Polygon', coordinates: [ESSEN] },
    status: 'published',
    topics: TOPICS,
  });
  const today = berlinDate(new Date());
  const phase = await app.get(PhasesService).create(null, procedure.id, {
    kind: 'informal',
    title: 'Online-Dialog',
    startDate: addDays(today, -28),
    endDate: addDays(today, 14),
    moderationMode: 'post',
  });
  const ds = app.get(DataSource);
  const year = new Date().getFullYear();
  const polygon = `(${ESSEN.slice(0, -1)
    .map(([x, y]) => `(${x},${y})`)
    .join(',')})`;
  const uniform = ROWS - HOT_SPOTS.reduce((n, h) => n + Math.round(h.share * ROWS), 0);
  // Candidates are drawn 1.5 times over and those outside the plan area thrown away.
  const pools = [
    `(SELECT p FROM (SELECT point(${AREA_BBOX[0]} + random() * ${AREA_BBOX[2] - AREA_BBOX[0]},
        ${AREA_BBOX[1]} + random() * ${AREA_BBOX[3] - AREA_BBOX[1]}) AS p
      FROM generate_series(1, ${Math.ceil(uniform * 1.5) + 100})) u
      WHERE p <@ $4::polygon LIMIT ${uniform})`,
    ...HOT_SPOTS.map(
      (
        h,
      ) => `(SELECT p FROM (SELECT point(${h.x} + ${h.sx} * r * cos(t), ${h.y} + ${h.sy} * r * sin(t)) AS p
      FROM (SELECT sqrt(-2 * ln(1 - random())) AS r, 2 * pi() * random() AS t
            FROM generate_series(1, ${Math.ceil(h.share * ROWS * 1.5) + 100})) g) h
      WHERE p <@ $4::polygon LIMIT ${Math.round(h.share * ROWS)})`,
    ),
  ];
  const started = performance.now();
  // One connection, so that the seed holds for the INSERT: the same data on every run.
  await ds.transaction(async (m) => {
    await m.query('SELECT setseed(0.42)');
    await m.query(
      `INSERT INTO statements (procedure_id, phase_id, reference, year, sequence, text, geometry, point,
       topic, received_at, publication_status, submitter_type, status_token_hash)
     SELECT $1, $2, $3 || '/' || $5::int || '-' || lpad(n::text, 6, '0'), $5::int, n,
       repeat(($6::text[])[1 + n % 5], 1 + (n * 7919) % 6),
       jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(p[0], p[1])), p,
       ($7::text[])[1 + (n * 31) % 6], o.opens_at + (now() - o.opens_at) * (((n::bigint * 48271) % 100003) / 100003.0)::float8,
       'published', 'anonymous', encode(sha256(convert_to('bench-' || n, 'UTF8')), 'hex')
     FROM (SELECT p, (row_number() OVER ())::int AS n FROM (${pools.join(' UNION ALL ')}) pts) s,
          (SELECT opens_at FROM phases WHERE id = $2) o`,
      [procedure.id, phase.id, procedure.reference, polygon, year, SENTENCES, TOPICS],
    );
    await m.query(
      `INSERT INTO statement_counters (procedure_id, year, last)
     SELECT procedure_id, year, max(sequence) FROM statements WHERE procedure_id = $1 GROUP BY 1, 2`,
      [procedure.id],
    );
  });
  const inserted = performance.now() - started;
  // A table that has been in use is vacuumed and analysed; so is this one.
  await ds.query('VACUUM (ANALYZE) statements');
  const [{ count }] = await ds.query(
    `SELECT count(*)::int AS count FROM statements WHERE procedure_id = $1 AND publication_status = 'published'`,
    [procedure.id],
  );
  if (count !== ROWS) throw new Error(`seeded ${count} statements, expected ${ROWS}`);
  log(
    `seeded ${count} statements in ${(inserted / 1000).toFixed(1)} s (+ VACUUM ANALYZE ${((performance.now() - started - inserted) / 1000).toFixed(1)} s)`,
  );
  return { procedureId: procedure.id, rows: count, seedSeconds: inserted / 1000 };
}

const mapPath = (procedureId, s) =>
  `/api/procedures/${procedureId}/statements/map?bbox=${s.bbox.join(',')}&zoom=${s.zoom}`;

/** A few single requests: size of the answer, number of clusters or features, status. */
async function probe(url, path) {
  const samples = [];
  let body = null;
  let bytes = 0;
  for (let i = 0; i < 5; i += 1) {
    const t0 = performance.now();
    const response = await fetch(url + path, { signal: AbortSignal.timeout(30_000) });
    const buffer = Buffer.from(await response.arrayBuffer());
    samples.push(performance.now() - t0);
    if (response.status !== 200) {
      throw new Error(
        `GET ${path} answered ${response.status}: ${buffer.toString().slice(0, 300)}`,
      );
    }
    bytes = buffer.length;
    body = JSON.parse(buffer.toString('utf8'));
  }
  const items = body.clusters.length + body.features.length;
  return { bytes, items, mode: body.mode, total: body.total, singleMs: Math.min(...samples) };
}

/**
 * autocannon in a process of its own, so the load generator neither shares the app's event loop
 * nor counts towards the app's CPU time (process.cpuUsage below).
 */
function load(url, seconds) {
  const args = ['-j', '-n', '-c', String(CONNECTIONS), '-d', String(seconds), '-t', '30', url];
  const child = spawn(process.execPath, [AUTOCANNON, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child);
      if (code !== 0)
        reject(new Error(`autocannon exited with ${code ?? signal}: ${err.slice(-500)}`));
      else resolve(JSON.parse(out));
    });
  });
}

/** The bare floor in a process of its own, answering `body`; stopped on cleanup. */
async function startFloor(body) {
  const dir = mkdtempSync(join(tmpdir(), 'mitplanen-floor-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'body.json');
  writeFileSync(file, body);
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./json-floor.mjs', import.meta.url))],
    {
      env: { ...process.env, BODY_FILE: file, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(child);
  const port = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      children.delete(child);
      child.kill('SIGTERM');
    },
  };
}

/** Heap taken by the clustering index of the procedure (built here, after a full GC). */
async function indexMemory(app, procedureId) {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const service = app.get(MapIndexService);
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const built = await service.cache.index(procedureId, undefined);
  const buildMs = performance.now() - started;
  gc();
  const after = process.memoryUsage().heapUsed;
  return {
    points: built.points,
    heapMb: round((after - before) / 1024 / 1024),
    buildMs: round(buildMs),
  };
}

/** Both engines, each in a process of its own; one summary. */
async function bothEngines() {
  const results = {};
  for (const engine of ['postgres', 'pglite']) {
    log(`\n--- map, ${engine}`);
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_ENGINE: engine },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    children.delete(child);
    if (code !== 0) throw new Error(`map benchmark on ${engine} exited with ${code}`);
    results[engine] = JSON.parse(out);
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

async function main() {
  const started = performance.now();
  // Other work on the machine skews every figure; the summary says how busy it was.
  const loadBefore = loadavg()[0];
  const { databaseUrl, name } = await createDatabase();
  log(`engine ${ENGINE}${name ? `, database ${name}` : ''}`);
  const { app, url } = await startApp(databaseUrl);
  const ds = app.get(DataSource);
  const [{ server_version }] = await ds.query('SHOW server_version');
  const { procedureId, rows, seedSeconds } = await seed(app);

  const memory = await indexMemory(app, procedureId);
  log(
    `clustering index: ${memory.points} points, ${memory.heapMb} MB heap, built in ${memory.buildMs} ms`,
  );

  const scenarios = [];
  for (const s of SCENARIOS) {
    const path = mapPath(procedureId, s);
    const shape = await probe(url, path);
    const body = Buffer.from(await (await fetch(url + path)).arrayBuffer());
    log(`${s.name} (zoom ${s.zoom}): warm-up ${WARMUP_S} s`);
    await load(url + path, WARMUP_S);
    log(`${s.name} (zoom ${s.zoom}): ${CONNECTIONS} connections for ${DURATION_S} s`);
    const cpu = process.cpuUsage();
    const r = await load(url + path, DURATION_S);
    const { user, system } = process.cpuUsage(cpu);
    if (r.errors || r.timeouts || r.non2xx) {
      throw new Error(`${s.name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
    }
    const floor = await startFloor(body);
    log(`${s.name} floor (node:http, same ${body.length} bytes): ${DURATION_S} s`);
    await load(floor.url, WARMUP_S);
    const f = await load(floor.url, DURATION_S);
    floor.stop();
    scenarios.push({
      name: s.name,
      zoom: s.zoom,
      bbox: s.bbox,
      requests: r.requests.total,
      medianMs: r.latency.p50,
      p99Ms: r.latency.p99,
      maxMs: r.latency.max,
      throughputRps: round(r.requests.average),
      appCpuMsPerRequest: round((user + system) / 1000 / r.requests.total),
      singleRequestMs: round(shape.singleMs),
      responseBytes: shape.bytes,
      mode: shape.mode,
      items: shape.items,
      total: shape.total,
      floor: { throughputRps: round(f.requests.average), p99Ms: f.latency.p99 },
      ratio: Math.round((r.requests.average / f.requests.average) * 100) / 100,
      targets: {
        p99Below50Ms: r.latency.p99 < 50,
        responseBelow100kB: shape.bytes < 100_000,
        ratioAtLeastHalf: r.requests.average >= 0.5 * f.requests.average,
      },
    });
  }

  const load1 = [loadBefore, loadavg()[0]].map(round);
  log(
    `\n${ENGINE}, ${rows} statements, ${CONNECTIONS} connections, ${DURATION_S} s (latency resolution 1 ms), load average ${load1.join(' → ')} on ${cpus().length} CPUs`,
  );
  log('targets: p99 < 50 ms, answer < 100 kB, req/s >= 0.5 x floor (same run)');
  log('scenario   zoom  requests  median ms  p99 ms  req/s  floor req/s  ratio    bytes  items');
  for (const r of scenarios) {
    log(
      [
        r.name.padEnd(9),
        String(r.zoom).padStart(5),
        String(r.requests).padStart(9),
        String(r.medianMs).padStart(10),
        String(r.p99Ms).padStart(7),
        String(r.throughputRps).padStart(6),
        String(r.floor.throughputRps).padStart(12),
        String(r.ratio).padStart(6),
        String(r.responseBytes).padStart(8),
        String(r.items).padStart(6),
      ].join(' '),
    );
  }
  log(`index memory for ${memory.points} points: ${memory.heapMb} MB (printed, no target)`);

  const summary = {
    engine: ENGINE,
    serverVersion: server_version,
    rows,
    seedSeconds: round(seedSeconds),
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    cpus: cpus().length,
    loadAverage: load1,
    index: memory,
    scenarios,
    elapsedSeconds: round((performance.now() - started) / 1000),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

onCleanup(() => {
  for (const child of children) child.kill();
});
await runBenchmark(ENGINE ? main : bothEngines, ENGINE ? TIMEOUT_S : 2 * TIMEOUT_S + 60);
