/**
 * The export benchmark ("100,000 statements export in constant memory").
 *
 * Starts the real server (node dist/src/main.js) as a child process on a database of its own,
 * creates a procedure and phase through the API as a planner, seeds 100,000 statements (a third
 * of them assessed, a tenth named) in bulk SQL, then downloads
 * GET /api/procedures/:id/exports/csv and samples the server's memory from /proc/<pid>/status
 * while it streams: VmHWM is the peak resident set of the server process over its whole life,
 * so each export kind runs on a server started afresh.
 *
 * Run: npm run bench:export   (builds the server first)
 *
 *   BENCH_DATABASE_URL  admin connection, default postgres://postgres@127.0.0.1:5432/postgres;
 *                       the benchmark creates and drops its own database mitplanen_bench_<random>
 *   BENCH_ROWS          statements to seed (default 100000)
 *   BENCH_KINDS         export kinds to measure, in order (default csv; e.g. csv,xlsx,geojson)
 *   BENCH_MAX_RSS_MB    peak memory the run must stay under (default 300)
 *   BENCH_TIMEOUT       seconds before the whole run gives up and cleans up (default 600)
 *
 * stdout: one JSON summary. stderr: progress.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import {
  createBenchDatabase,
  intSetting,
  log,
  onCleanup,
  round,
  runBenchmark,
  sessionCookie,
  startServer,
} from './support.mjs';

const env = process.env;
const ROWS = intSetting('BENCH_ROWS', 100_000);
const KINDS = (env.BENCH_KINDS ?? 'csv').split(',').filter(Boolean);
const MAX_RSS_MB = intSetting('BENCH_MAX_RSS_MB', 300);
const TIMEOUT_S = intSetting('BENCH_TIMEOUT', 600);

/** A plan area in Essen-Rüttenscheid, inside the default CITY_BBOX. */
const AREA = [
  [6.99, 51.425],
  [7.02, 51.425],
  [7.02, 51.445],
  [6.99, 51.445],
  [6.99, 51.425],
];
const TOPICS = ['Verkehr', 'Grün', 'Wohnen', 'Lärm'];
const SENTENCES = [
  'Bitte mehr Bäume an der Kreuzung pflanzen, im Sommer ist es hier unerträglich heiß. ',
  'Der Radweg endet abrupt vor der Einmündung; das ist für Kinder gefährlich. ',
  'Die geplante Bebauung nimmt den Anwohnern Licht und den letzten Parkplatz. ',
  'Nachts ist der Lärm der Hauptstraße deutlich zu hören; bitte Tempo 30 prüfen. ',
];
const RESULTS = ['followed', 'partly_followed', 'not_followed', 'acknowledged'];

async function api(url, cookie, method, path, body) {
  const res = await fetch(url + path, {
    method,
    headers: { cookie, origin: url, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const berlinDay = (offsetDays) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

async function seed(db, url, cookie) {
  const stamp = String(Date.now() % 1_000_000).padStart(6, '0');
  const procedure = await api(url, cookie, 'POST', '/api/procedures', {
    reference: `BENCH-EXPORT-${stamp}`,
    title: 'Abwägung Rüttenscheid (Benchmark)',
    type: 'informal',
    district: 'Rüttenscheid',
    area: { type: 'Polygon', coordinates: [AREA] },
  });
  const phase = await api(url, cookie, 'POST', `/api/procedures/${procedure.id}/phases`, {
    kind: 'informal',
    title: 'Online-Dialog',
    startDate: berlinDay(-20),
    endDate: berlinDay(10),
    moderationMode: 'post',
  });
  const started = performance.now();
  await db.query('BEGIN');
  await db.query('SELECT setseed(0.42)');
  await db.query(
    `INSERT INTO statements (procedure_id, phase_id, reference, year, sequence, text, geometry, point,
       topic, received_at, publication_status, submitter_type, status_token_hash, processing_status)
     SELECT $1, $2, $3 || '/2026-' || lpad(n::text, 6, '0'), 2026, n,
       repeat(($4::text[])[1 + n % 4], 1 + (n * 7919) % 5),
       jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(x, y)), point(x, y),
       ($5::text[])[1 + n % 4], now() - interval '20 days' + n * interval '10 seconds',
       'published', CASE WHEN n % 10 = 0 THEN 'named' ELSE 'anonymous' END,
       encode(sha256(convert_to('bench-' || n, 'UTF8')), 'hex'),
       CASE WHEN n % 3 = 0 THEN 'assessed' ELSE 'received' END
     FROM (SELECT n, 6.99 + random() * 0.03 AS x, 51.425 + random() * 0.02 AS y
           FROM generate_series(1, $6::int) n) g`,
    [procedure.id, phase.id, procedure.reference, SENTENCES, TOPICS, ROWS],
  );
  await db.query(
    `INSERT INTO statement_submitters (statement_id, name, street, postcode, city, email)
     SELECT id, 'Bench Person ' || sequence, 'Rüttenscheider Str. ' || sequence, '45130', 'Essen',
            'bench' || sequence || '@example.org'
     FROM statements WHERE procedure_id = $1 AND submitter_type = 'named'`,
    [procedure.id],
  );
  await db.query(
    `INSERT INTO assessments (statement_id, procedure_id, result, response, version, updated_at)
     SELECT id, procedure_id, ($2::text[])[1 + sequence % 4],
            'Die Anregung wurde geprüft. ' || repeat('Begründung. ', 1 + sequence % 8), 1, now()
     FROM statements WHERE procedure_id = $1 AND processing_status = 'assessed'`,
    [procedure.id, RESULTS],
  );
  await db.query('COMMIT');
  const seedSeconds = (performance.now() - started) / 1000;
  await db.query('VACUUM (ANALYZE) statements');
  await db.query('VACUUM (ANALYZE) assessments');
  log(`seeded ${ROWS} statements in ${seedSeconds.toFixed(1)} s`);
  return { procedureId: procedure.id, seedSeconds };
}

/** VmRSS (now) and VmHWM (peak so far) of a process, in MB. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** Downloads one export while sampling the server's memory every 50 ms. */
async function measure(url, cookie, procedureId, kind, pid) {
  const before = memoryOf(pid);
  let maxRss = before.rssMb;
  const sampler = setInterval(() => {
    maxRss = Math.max(maxRss, memoryOf(pid).rssMb);
  }, 50);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  let firstByteMs = null;
  try {
    const res = await fetch(`${url}/api/procedures/${procedureId}/exports/${kind}`, {
      headers: { cookie },
      signal: AbortSignal.timeout(TIMEOUT_S * 1000),
    });
    if (res.status !== 200)
      throw new Error(`export ${kind} answered ${res.status}: ${await res.text()}`);
    for await (const chunk of res.body) {
      firstByteMs ??= performance.now() - started;
      bytes += chunk.length;
      if (kind === 'csv') for (const b of chunk) if (b === 10) lines += 1;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const after = memoryOf(pid);
  if (kind === 'csv' && lines !== ROWS + 1) {
    throw new Error(`CSV has ${lines} lines, expected ${ROWS} rows and a header`);
  }
  return {
    kind,
    seconds: round(seconds),
    firstByteMs: round(firstByteMs ?? 0),
    bytes,
    rowsPerSecond: Math.round(ROWS / seconds),
    rssBeforeMb: round(before.rssMb),
    rssMaxDuringMb: round(Math.max(maxRss, after.rssMb)),
    peakRssMb: round(after.hwmMb),
  };
}

async function main() {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const { databaseUrl } = await createBenchDatabase('export');
  let server = await startServer(databaseUrl, 'export');
  const bootMemory = memoryOf(server.child.pid);
  log(`server pid ${server.child.pid} at ${server.url}, ${round(bootMemory.rssMb)} MB after boot`);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  onCleanup(() => db.end());
  const [{ server_version }] = (await db.query('SHOW server_version')).rows;
  const cookie = await sessionCookie(db, 'planner');
  const { procedureId, seedSeconds } = await seed(db, server.url, cookie);
  const exports = [];
  for (const [i, kind] of KINDS.entries()) {
    // Each kind on a fresh server: VmHWM is a lifetime peak, and one kind's must not hide another's.
    if (i > 0) {
      await server.stop();
      server = await startServer(databaseUrl, 'export');
    }
    log(`export ${kind} …`);
    const r = await measure(server.url, cookie, procedureId, kind, server.child.pid);
    log(
      `export ${kind}: ${r.seconds} s, ${(r.bytes / 1e6).toFixed(1)} MB, peak RSS ${r.peakRssMb} MB`,
    );
    exports.push(r);
  }
  const peak = Math.max(...exports.map((e) => e.peakRssMb));
  const summary = {
    benchmark: 'export',
    engine: 'postgres',
    serverVersion: server_version,
    rows: ROWS,
    seedSeconds: round(seedSeconds),
    serverRssAfterBootMb: round(bootMemory.rssMb),
    exports,
    peakRssMb: peak,
    maxRssMb: MAX_RSS_MB,
    withinLimit: peak < MAX_RSS_MB,
    cpus: cpus().length,
    loadAverage: [loadBefore, loadavg()[0]].map(round),
    elapsedSeconds: round((performance.now() - started) / 1000),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (!summary.withinLimit) {
    log(`peak RSS ${peak} MB is over the limit of ${MAX_RSS_MB} MB`);
    process.exitCode = 1;
  }
}

await runBenchmark(main, TIMEOUT_S);
