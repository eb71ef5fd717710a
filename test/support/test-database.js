// Plain JavaScript: Jest loads global setup and teardown outside its TypeScript transform.
import pg from 'pg';

/** Every database a test run creates starts with this, so a run can only drop its own. */
export const PREFIX = 'mitplanen_test_';

export function adminUrl() {
  return process.env.TEST_DATABASE_URL ?? '';
}

/** `server`: the admin URL of another PostgreSQL server than TEST_DATABASE_URL's. */
export function databaseUrl(name, server = adminUrl()) {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Refuses to touch a database whose name does not say it is for tests. */
export function assertTestDatabaseName(name) {
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('test')) {
    throw new Error(`Refusing to use database "${name}": test databases must contain "test"`);
  }
}

export async function withAdminClient(fn, server = adminUrl()) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropRunDatabases(runId) {
  await withAdminClient(async (client) => {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${PREFIX}${runId}\\_%`,
    ]);
    for (const { datname } of rows) {
      assertTestDatabaseName(datname);
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
