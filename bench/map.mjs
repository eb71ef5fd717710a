/**
 * The public map benchmark ("statements scale to 100,000").
 *
 * Boots the real app from dist/ (AppModule + configureApp, as main.ts does) on a database of its
 * own, seeds one published procedure in Essen with 100,000 published statements in bulk SQL,
 * then measures GET /api/procedures/:id/statements/map at zoom 12 (whole area, clusters) and
 * zoom 16 (a street in a hot spot, features) with autocannon, and explains both queries.
 *
 * Run: npm run bench:map   (builds the server first)
 *
 *   BENCH_ENGINE        postgres (default) | pglite (embedded, in memory)
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
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../dist/src/app.module.js';
import { configureApp } from '../dist/src/configure-app.js';
import { addDays, berlinDate } from '../dist/src/phases/deadlines/index.js';
import { PhasesService } from '../dist/src/phases/phases.service.js';
import { ProceduresService } from '../dist/src/procedures/procedures.service.js';
import {
  createBenchDatabase,
  intSetting,
  log,
  onCleanup,
  round,
  runBenchmark,
} from './support.mjs';

const env = process.env;
const ENGINE = env.BENCH_ENGINE ?? 'postgres';
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
  const items = body.mode === 'clusters' ? body.clusters.length : body.features.length;
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

/** The service's SQL (StatementsService.map), parameters filled in. */
function mapSql(procedureId, s) {
  const where = `s.procedure_id = '${procedureId}' AND s.publication_status = 'published' AND s.point <@ '(${s.bbox[0]},${s.bbox[1]}),(${s.bbox[2]},${s.bbox[3]})'::box`;
  if (s.zoom >= 15) {
    return `SELECT s.id, s.reference, s.point[0] AS x, s.point[1] AS y, s.topic, left(coalesce(s.published_text, s.text), 200) AS excerpt
FROM statements s WHERE ${where} ORDER BY s.received_at LIMIT 5000`;
  }
  const cell = `${360 / 2 ** s.zoom / 4}::float8`;
  return `SELECT count(*) AS count, avg(s.point[0]) AS x, avg(s.point[1]) AS y
FROM statements s WHERE ${where}
GROUP BY floor(s.point[0] / ${cell}), floor(s.point[1] / ${cell})`;
}

async function explain(ds, sql) {
  const rows = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const ms = (label) => {
    const line = lines.find((l) => l.startsWith(label));
    return line ? Number(/([\d.]+) ms/.exec(line)?.[1]) : null;
  };
  const scan = lines.find((l) => /Scan on statements/.test(l))?.replace(/^[\s->]+/, '') ?? null;
  return {
    usesPointIndex: lines.some((l) => l.includes('statements_point_idx')),
    scan: scan?.replace(/\s+\(cost.*$/, '') ?? null,
    planningMs: ms('Planning Time'),
    executionMs: ms('Execution Time'),
    lines,
  };
}

async function main() {
  const started = performance.now();
  // Other work on the machine skews every figure; the summary says how busy it was.
  const loadBefore = loadavg()[0];
  onCleanup(() => {
    for (const child of children) child.kill();
  });
  const { databaseUrl, name } = await createDatabase();
  log(`engine ${ENGINE}${name ? `, database ${name}` : ''}`);
  const { app, url } = await startApp(databaseUrl);
  const ds = app.get(DataSource);
  const [{ server_version }] = await ds.query('SHOW server_version');
  const { procedureId, rows, seedSeconds } = await seed(app);

  const scenarios = [];
  const plans = [];
  for (const s of SCENARIOS) {
    const path = mapPath(procedureId, s);
    const shape = await probe(url, path);
    const sql = mapSql(procedureId, s);
    const direct = await ds.query(sql);
    if (direct.length !== shape.items) {
      throw new Error(
        `bench SQL drifted from StatementsService.map: ${direct.length} rows, API ${shape.items}`,
      );
    }
    log(`${s.name} (zoom ${s.zoom}): warm-up ${WARMUP_S} s`);
    await load(url + path, WARMUP_S);
    log(`${s.name} (zoom ${s.zoom}): ${CONNECTIONS} connections for ${DURATION_S} s`);
    const cpu = process.cpuUsage();
    const r = await load(url + path, DURATION_S);
    const { user, system } = process.cpuUsage(cpu);
    if (r.errors || r.timeouts || r.non2xx) {
      throw new Error(`${s.name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
    }
    await sleep(200);
    const plan = await explain(ds, sql);
    plans.push({ s, sql, plan });
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
      explain: {
        usesPointIndex: plan.usesPointIndex,
        scan: plan.scan,
        planningMs: plan.planningMs,
        executionMs: plan.executionMs,
      },
    });
  }

  for (const { s, sql, plan } of plans) {
    log(`\n== ${s.name}, zoom ${s.zoom} ==\n${sql}\n\n${plan.lines.join('\n')}`);
    log(
      plan.usesPointIndex
        ? 'GiST index statements_point_idx: USED'
        : 'GiST index statements_point_idx: NOT USED',
    );
  }
  const load1 = [loadBefore, loadavg()[0]].map(round);
  log(
    `\n${ENGINE}, ${rows} statements, ${CONNECTIONS} connections, ${DURATION_S} s (latency resolution 1 ms), load average ${load1.join(' → ')} on ${cpus().length} CPUs`,
  );
  log(
    'scenario   zoom  requests  median ms  p99 ms  req/s  app CPU ms/req    bytes    items  GiST',
  );
  for (const r of scenarios) {
    log(
      [
        r.name.padEnd(9),
        String(r.zoom).padStart(5),
        String(r.requests).padStart(9),
        String(r.medianMs).padStart(10),
        String(r.p99Ms).padStart(7),
        String(r.throughputRps).padStart(6),
        String(r.appCpuMsPerRequest).padStart(15),
        String(r.responseBytes).padStart(8),
        String(r.items).padStart(8),
        r.explain.usesPointIndex ? '  yes' : '  no',
      ].join(' '),
    );
  }

  const summary = {
    engine: ENGINE,
    serverVersion: server_version,
    rows,
    seedSeconds: round(seedSeconds),
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    cpus: cpus().length,
    loadAverage: load1,
    scenarios,
    elapsedSeconds: round((performance.now() - started) / 1000),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

await runBenchmark(main, TIMEOUT_S);
