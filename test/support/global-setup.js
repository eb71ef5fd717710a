import { adminUrl, withAdminClient } from './test-database.js';

/**
 * One id per run, so that parallel runs on one PostgreSQL never see each other's databases.
 * With TEST_DATABASE_URL the server must be reachable; without it tests use embedded PGlite.
 */
export default async function globalSetup() {
  process.env.MITPLANEN_TEST_RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  if (adminUrl()) {
    await withAdminClient((client) => client.query('SELECT 1'));
  }
}
