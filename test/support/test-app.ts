import { randomBytes, randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import { Logger } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { AppConfig } from '../../src/config/app-config.js';
import { configureApp } from '../../src/configure-app.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { migrate } from '../../src/database/migrate.js';
// @ts-expect-error -- plain JavaScript helper shared with Jest's global setup
import * as db from './test-database.js';

const testDb = db as {
  PREFIX: string;
  adminUrl(): string;
  databaseUrl(name: string, server?: string): string;
  assertTestDatabaseName(name: string): void;
  withAdminClient<T>(
    fn: (client: {
      query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
    }) => Promise<T>,
    server?: string,
  ): Promise<T>;
};

/**
 * Quiet tests: Nest's own logger (migrations of the template, anything before the app's pino
 * logger takes over) says nothing, and each app logs at LOG_LEVEL=silent, so tests that expect
 * failures print no stack traces. TEST_LOGS=1 shows them; a test may pass its own LOG_LEVEL.
 */
if (!process.env.TEST_LOGS) Logger.overrideLogger(false);

/** A key for advisory locks that only this test run uses. */
const TEMPLATE_LOCK = 7_301_143;

function runId(): string {
  const id = process.env.MITPLANEN_TEST_RUN;
  if (!id) throw new Error('MITPLANEN_TEST_RUN is missing: run tests through `npm test`');
  return id;
}

/**
 * On PostgreSQL: the run's template database is migrated once (by whichever test file gets
 * there first) and every test file clones its own database from it.
 */
async function cloneFromTemplate(server: string): Promise<string> {
  const template = `${testDb.PREFIX}${runId()}_template`;
  const name = `${testDb.PREFIX}${runId()}_${randomBytes(4).toString('hex')}`;
  testDb.assertTestDatabaseName(template);
  testDb.assertTestDatabaseName(name);
  await testDb.withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        template,
      ]);
      if (rows.length === 0) {
        await client.query(`CREATE DATABASE "${template}"`);
        const ds = new DataSource(
          dataSourceOptions(
            { kind: 'postgres', url: testDb.databaseUrl(template, server), poolSize: 2 },
            null,
            [],
          ),
        );
        await ds.initialize();
        await migrate(ds, true);
        await ds.destroy();
      }
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  }, server);
  return testDb.databaseUrl(name, server);
}

/**
 * Ports for test apps, below Linux's ephemeral range and never handed out twice in one process:
 * a port a closed app used may still have a kept-alive client connection pointing at it.
 */
let lastPort = 10_000 + randomInt(0, 20_000);
async function nextPort(): Promise<number> {
  for (;;) {
    lastPort = lastPort >= 30_000 ? 10_000 : lastPort + 1;
    const port = lastPort;
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** Signs session cookies in tests, so factories can create sessions without signing in. */
export const TEST_SESSION_SECRET = 'test-session-secret-0123456789abcdefghijklmnop';

export interface TestApp {
  app: NestExpressApplication;
  /** Where the app listens (http://127.0.0.1:PORT); also its PUBLIC_URL unless `env` sets one. */
  url: string;
  http: ReturnType<typeof request>;
  /** The configured public origin (PUBLIC_URL): `url` unless a test configures another. */
  origin: string;
  /** A cookie-keeping client that sends this site's Origin, as the app's own pages do. */
  agent(): ReturnType<typeof request.agent>;
  dataSource: DataSource;
  /** `postgres` with TEST_DATABASE_URL, else `pglite` (embedded, in memory). */
  engine: 'postgres' | 'pglite';
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Boots the real application (same AppModule and configureApp as main.ts) on a database of
 * its own. `env` adds settings, e.g. { SEED_DEMO: 'true' }. `server` is the admin URL of a
 * PostgreSQL server other than TEST_DATABASE_URL's to clone that database on.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: {
    sameDatabaseAs?: TestApp;
    server?: string;
    /** Replaces providers through Nest's testing module (e.g. `overrideProvider`). */
    override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  } = {},
): Promise<TestApp> {
  const server = options.server ?? testDb.adminUrl();
  const engine = server ? 'postgres' : 'pglite';
  const databaseUrl = options.sameDatabaseAs
    ? options.sameDatabaseAs.databaseUrl
    : engine === 'postgres'
      ? await cloneFromTemplate(server)
      : 'pglite://memory';
  if (options.sameDatabaseAs && engine !== 'postgres') {
    throw new Error('Two instances can share only a PostgreSQL server, not the embedded database');
  }
  // The app's own origin is configuration (PUBLIC_URL), never the Host header: pick the port
  // first, so the origin the agent sends is the configured one.
  const port = await nextPort();
  const builder = Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.TEST_LOGS ? 'info' : 'silent',
        SEED_DEMO: 'false',
        DATABASE_POOL_SIZE: '4',
        CLIENT_DIR: 'test/support/no-client',
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: TEST_SESSION_SECRET,
        SIGN_IN_DELAY_MS: '1',
        MAIL_POLL_INTERVAL_MS: '60000',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        ...env,
      }),
    ],
  });
  const moduleRef = await (options.override?.(builder) ?? builder).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false });
  configureApp(app);
  await app.listen(port, '127.0.0.1');
  const url = await app.getUrl();
  const origin = app.get(AppConfig).publicUrl;
  return {
    app,
    url,
    origin,
    http: request(url),
    agent: () => request.agent(url).set('Origin', origin),
    dataSource: app.get(DataSource),
    engine,
    databaseUrl,
    close: () => app.close(),
  };
}
