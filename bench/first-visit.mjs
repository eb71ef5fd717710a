/**
 * First-visit transfer: what a browser with an empty cache downloads from the server for the
 * home page and for a procedure page (bytes on the wire, i.e. compressed; map tiles from the
 * tile server not included). Target (issue 18): home page < 300 kB.
 *
 * Starts the built server (node dist/src/main.js, run `npm run build` first) on an embedded
 * in-memory database with the Essen demo, and Debian's Chromium through Playwright.
 * stdout: one JSON summary. stderr: progress.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { freePort, log, onCleanup, round, runBenchmark } from './support.mjs';

const TARGET_KB = 300;

async function startServer() {
  if (!existsSync('client/dist/index.html') || !existsSync('dist/src/main.js')) {
    throw new Error('run `npm run build` first (client/dist and dist/ are needed)');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'mitplanen-first-visit-'));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: 'pglite://memory',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      SEED_DEMO_PASSWORD: 'bench-password-not-secret',
      LOG_LEVEL: 'warn',
      // No tile server: tiles are not the app's transfer (and no request leaves this machine).
      TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  onCleanup(() => child.kill());
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start within 120 s');
}

/** Bytes received from the app's origin for one visit with an empty cache. */
async function visit(browser, origin, path) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const sizes = [];
  page.on('requestfinished', (request) => {
    if (!request.url().startsWith(origin)) return;
    sizes.push(
      request.sizes().then((s) => ({
        url: request.url().slice(origin.length),
        bytes: s.responseBodySize + s.responseHeadersSize,
      })),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const done = await Promise.all(sizes);
  await context.close();
  const bytes = done.reduce((n, s) => n + s.bytes, 0);
  return {
    path,
    requests: done.length,
    kB: round(bytes / 1024),
    largest: done.sort((a, b) => b.bytes - a.bytes).slice(0, 3),
  };
}

async function main() {
  const loadBefore = loadavg()[0];
  const origin = await startServer();
  const procedures = await (await fetch(`${origin}/api/procedures`)).json();
  const procedure = procedures.items[0];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  onCleanup(() => browser.close());
  const home = await visit(browser, origin, '/');
  const detail = await visit(browser, origin, `/verfahren/${procedure.id}`);
  log(`first visit, compressed transfer from the app (target home page < ${TARGET_KB} kB):`);
  log(`  home page       ${home.kB} kB in ${home.requests} requests`);
  log(`  procedure page  ${detail.kB} kB in ${detail.requests} requests`);
  process.stdout.write(
    `${JSON.stringify(
      {
        targetKb: TARGET_KB,
        home,
        procedure: detail,
        homeBelowTarget: home.kB < TARGET_KB,
        procedureBelowTarget: detail.kB < TARGET_KB,
        loadAverage: [loadBefore, loadavg()[0]].map(round),
      },
      null,
      2,
    )}\n`,
  );
}

await runBenchmark(main, 300);
