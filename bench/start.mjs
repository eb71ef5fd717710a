/**
 * Restart time: `npm start` on a built checkout whose sources did not change, from the command
 * to the first 200 of /api/health. Target (issue 18): < 5 s.
 *
 * A first `npm start` (which builds if the sources changed since the last build, and creates and
 * migrates the embedded database with the demo) prepares the checkout; then the measured ones.
 * Data in a temp DATA_DIR, port of its own. stdout: one JSON summary.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, intSetting, log, onCleanup, round, runBenchmark } from './support.mjs';

const TARGET_S = 5;
const RUNS = intSetting('BENCH_START_RUNS', 3);

/** `npm start` in a process group of its own; resolves with seconds until /api/health is 200. */
async function start(port, dataDir) {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SEED_DEMO_PASSWORD: 'bench-password-not-secret',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', resolve);
      process.kill(-child.pid, 'SIGTERM');
    });
  onCleanup(stop);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // not serving yet
    }
    if (performance.now() - started > 600_000) throw new Error('not serving after 600 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  await stop();
  return seconds;
}

async function main() {
  const loadBefore = loadavg()[0];
  const dataDir = mkdtempSync(join(tmpdir(), 'mitplanen-start-'));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const first = await start(port, dataDir);
  log(`first start (build if needed, new database, demo): ${round(first)} s`);
  const restarts = [];
  for (let i = 0; i < RUNS; i += 1) restarts.push(await start(port, dataDir));
  const best = Math.min(...restarts);
  log(
    `restart of a built, unchanged checkout: ${restarts.map((s) => round(s)).join(' s, ')} s (target < ${TARGET_S} s)`,
  );
  process.stdout.write(
    `${JSON.stringify(
      {
        targetSeconds: TARGET_S,
        firstStartSeconds: round(first),
        restartSeconds: restarts.map((s) => Math.round(s * 100) / 100),
        medianRestartSeconds:
          Math.round([...restarts].sort((a, b) => a - b)[Math.floor(RUNS / 2)] * 100) / 100,
        bestBelowTarget: best < TARGET_S,
        loadAverage: [loadBefore, loadavg()[0]].map(round),
      },
      null,
      2,
    )}\n`,
  );
}

await runBenchmark(main, 1200);
