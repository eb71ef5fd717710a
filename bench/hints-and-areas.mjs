/**
 * The input-cost benchmark (issue 13, items 2, 14, 15): what one request's input may cost.
 *
 * In this process, on the built code (dist/):
 *  - personal-data hints of adversarial texts of 2,000, 20,000 and 200,000 characters (the
 *    slowest of several shapes per size) – growth must be linear;
 *  - area validation (vertex cap lifted) of rings of 2,000, 20,000 and 200,000 vertices –
 *    growth must be n log n at most;
 *  - the JSON pre-check of a 650 kB body of 60,000 unknown keys.
 * Against the real server (node dist/src/main.js on a database of its own), while /api/health
 * is sampled every 10 ms: 20,000-character adversarial statements with moderation-queue loads,
 * plan areas at the 5,000-vertex cap and past it, and 60,000-key bodies, four at a time.
 * The worst health latency of each must stay under 100 ms.
 *
 * Run: npm run bench:inputs   (builds the server first)
 *
 *   BENCH_DATABASE_URL  admin connection, default postgres://postgres@127.0.0.1:5432/postgres
 *   BENCH_REQUESTS      requests per load (default 40)
 *   BENCH_TIMEOUT       seconds before the whole run gives up and cleans up (default 300)
 *
 * stdout: one JSON summary. stderr: progress.
 */
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
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

const REQUESTS = intSetting('BENCH_REQUESTS', 40);
const TIMEOUT_S = intSetting('BENCH_TIMEOUT', 300);
const SIZES = [2_000, 20_000, 200_000];
const HEALTH_BUDGET_MS = 100;

const { personalDataHints } = await import('../dist/src/moderation/personal-data-hints.js');
const { areaProblem } = await import('../dist/src/geo/geometry.js');
const { exceededJsonLimit } = await import('../dist/src/common/json-limits.js');

/** Texts shaped after what makes a backtracking pattern rescan its input. */
const SHAPES = {
  word: (n) => `A${'a'.repeat(n - 1)}`,
  localPart: (n) => 'a.'.repeat(n / 2),
  domain: (n) => `x@${'a.'.repeat(n / 2 - 1)}`,
  number: (n) => `0${'1'.repeat(n - 1)}`,
  salutations: (n) => 'Herr '.repeat(n / 5),
  streets: (n) => 'Aweg '.repeat(n / 5),
  mixed: (n) => 'Rüttenscheider Straße 12, Herr Meyer, a@b.de, 0201 123456. '.repeat(n / 60),
};

/** A valid ring of n vertices that wobbles, so that the sweep line has work to do. */
function ring(n, cx = 7.005, cy = 51.435, radius = 0.004) {
  const points = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const r = radius * (1 + 0.2 * Math.sin(7 * a));
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  return [...points, points[0]];
}

/** Best of three runs, in milliseconds (the first run of a size also warms up the code). */
function cost(fn) {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return round(best);
}

function growth(rows) {
  return rows.slice(1).map((row, i) => round(row.ms / Math.max(rows[i].ms, 0.1)));
}

function inProcess() {
  const hints = SIZES.map((n) => {
    const perShape = Object.fromEntries(
      Object.entries(SHAPES).map(([name, make]) => {
        const text = make(n);
        return [name, cost(() => personalDataHints(text))];
      }),
    );
    return { chars: n, ms: Math.max(...Object.values(perShape)), perShape };
  });
  const areas = SIZES.map((n) => {
    const area = { type: 'Polygon', coordinates: [ring(n)] };
    return {
      vertices: n,
      ms: cost(() => areaProblem(area, Infinity)),
      valid: areaProblem(area, Infinity) === null,
    };
  });
  const keys = JSON.stringify(
    Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1])),
  );
  const keysBody = { bytes: keys.length, ms: cost(() => exceededJsonLimit(JSON.parse(keys))) };
  return {
    hints: { rows: hints, growthPerTenfold: growth(hints) },
    areas: { rows: areas, growthPerTenfold: growth(areas) },
    keysBody,
  };
}

/** Samples /api/health every 10 ms until `done` settles; returns the worst latency seen. */
async function healthWhile(url, done) {
  let worst = 0;
  let samples = 0;
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    worst = Math.max(worst, performance.now() - started);
    samples += 1;
    await sleep(10);
  }
  await done;
  return { worstHealthMs: round(worst), healthSamples: samples };
}

/** `REQUESTS` requests made by `make(i)`, four at a time; per-request times and statuses. */
async function load(make) {
  const times = [];
  const statuses = {};
  let sample;
  for (let i = 0; i < REQUESTS; i += 4) {
    await Promise.all(
      [0, 1, 2, 3].map(async (k) => {
        const started = performance.now();
        let status;
        try {
          const res = await make(i + k);
          const text = await res.text();
          if (res.status >= 400) sample ??= text.slice(0, 200);
          status = res.status;
        } catch (error) {
          status = `failed: ${error.cause?.message ?? error.message}`;
        }
        times.push(performance.now() - started);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }),
    );
  }
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    statuses,
    refusedSample: sample,
    p50Ms: round(times[times.length >> 1]),
    maxMs: round(times.at(-1)),
  };
}

async function againstServer() {
  const { databaseUrl } = await createBenchDatabase('inputs');
  const server = await startServer(databaseUrl, 'inputs', { STATEMENT_RATE_LIMIT: '1000000' });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  onCleanup(() => db.end());
  const planner = await sessionCookie(db, 'planner');
  const moderator = await sessionCookie(db, 'moderator');
  const send = (path, body, cookie = planner, method = 'POST') =>
    fetch(server.url + path, {
      method,
      headers: { cookie, origin: server.url, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const procedure = await (
    await send('/api/procedures', {
      reference: 'BP-BENCH-INPUTS',
      title: 'Eingaben',
      type: 'informal',
      district: 'Rüttenscheid',
      area: { type: 'Polygon', coordinates: [ring(400)] },
    })
  ).json();
  await send(`/api/procedures/${procedure.id}`, { status: 'published' }, planner, 'PATCH');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const later = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + 20 * 86_400_000),
  );
  const phase = await (
    await send(`/api/procedures/${procedure.id}/phases`, {
      kind: 'informal',
      startDate: today,
      endDate: later,
      moderationMode: 'pre',
    })
  ).json();
  await send(`/api/phases/${phase.id}/open`, { reason: 'Benchmark' });
  const shapes = Object.values(SHAPES);
  const scenarios = {
    adversarialStatementsAndQueue: (i) =>
      i % 2 === 0
        ? send(
            `/api/phases/${phase.id}/statements`,
            {
              text: shapes[i % shapes.length](20_000).slice(0, 20_000),
              submitter: { type: 'anonymous' },
              privacyNoticeAcknowledged: true,
            },
            '',
          )
        : fetch(`${server.url}/api/moderation/queue?limit=200`, { headers: { cookie: moderator } }),
    areasAtTheCap: (i) =>
      send('/api/procedures', {
        reference: `BP-CAP-${i}`, // 4,999 vertices and the closing one: at the cap
        title: 'Am Limit',
        type: 'bebauungsplan',
        district: 'Kettwig',
        area: { type: 'Polygon', coordinates: [ring(i % 2 === 0 ? 4_999 : 20_000)] },
      }),
    keys60000: () =>
      send(
        `/api/phases/${phase.id}/statements`,
        JSON.stringify(Object.fromEntries(Array.from({ length: 60_000 }, (_, k) => [`k${k}`, 1]))),
        '',
      ),
  };
  const results = {};
  for (const [name, make] of Object.entries(scenarios)) {
    log(`server: ${name}`);
    const running = load(make);
    results[name] = { ...(await healthWhile(server.url, running)), ...(await running) };
  }
  await server.stop();
  return results;
}

await runBenchmark(async () => {
  log('in process: hints, areas, 60,000-key body');
  const local = inProcess();
  const server = await againstServer();
  const worst = Math.max(...Object.values(server).map((r) => r.worstHealthMs));
  process.stdout.write(
    `${JSON.stringify(
      {
        machine: { cpus: cpus().length, loadavg: loadavg().map(round) },
        inProcess: local,
        server,
        healthBudgetMs: HEALTH_BUDGET_MS,
        healthWithinBudget: worst < HEALTH_BUDGET_MS,
      },
      null,
      2,
    )}\n`,
  );
  if (worst >= HEALTH_BUDGET_MS) process.exitCode = 1;
}, TIMEOUT_S);
