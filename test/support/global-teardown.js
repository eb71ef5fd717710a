import { adminUrl, dropRunDatabases } from './test-database.js';

export default async function globalTeardown() {
  const runId = process.env.MITPLANEN_TEST_RUN;
  if (adminUrl() && runId) await dropRunDatabases(runId);
}
