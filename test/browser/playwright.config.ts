import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from '@playwright/test';

import {
  APP_ORIGIN,
  APP_PORT,
  DATA_DIR,
  DEMO_PASSWORD,
  TILE_ORIGIN,
  TILE_PORT,
  TILE_URL,
} from './support/env.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Browser tests against the built app (run `npm run build` first): the real server on an
 * in-memory embedded database with demo data (demo staff with a known password; mails written
 * as files into a temporary DATA_DIR), and a loopback tile server stand-in.
 * Debian's Chromium only; Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.browser.ts',
  outputDir: path.join(root, 'test-results', 'browser'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // `list` prints the closing "N passed" line; CI's summary (scripts/ci-summary.mjs) reads the JSON.
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results', 'browser.json') }]],
  globalTeardown: './support/global-teardown.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: APP_ORIGIN,
    browserName: 'chromium',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: 'node test/browser/support/tile-server.js',
      cwd: root,
      url: `${TILE_ORIGIN}/health`,
      env: { TILE_PORT: String(TILE_PORT) },
      reuseExistingServer: false,
      timeout: 15_000,
    },
    {
      command: 'node dist/src/main.js',
      cwd: root,
      url: `${APP_ORIGIN}/api/health`,
      env: {
        PORT: String(APP_PORT),
        // Links in mails and the CSRF origin check use the configured origin, never the Host header.
        PUBLIC_URL: APP_ORIGIN,
        DATABASE_URL: 'pglite://memory',
        SEED_DEMO: 'true',
        SEED_DEMO_PASSWORD: DEMO_PASSWORD,
        DATA_DIR,
        MAIL_POLL_INTERVAL_MS: '200',
        // The progressive delay after failed sign-ins, kept short for the wrong-password test.
        SIGN_IN_DELAY_MS: '1',
        TILE_URL,
        TILE_ATTRIBUTION: '&copy; OpenStreetMap-Mitwirkende',
        LOG_LEVEL: 'warn',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
