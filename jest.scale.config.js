import base from './jest.config.js';

/**
 * The scale-out and fault tests (test/scale/*.scale-spec.ts): two instances behind nginx and a
 * PostgreSQL restarted mid-run. They need nginx and PostgreSQL's server binaries, so they are
 * not part of `npm test`; run them with `npm run test:scale` (CI does, after the PostgreSQL step).
 * One file at a time: each loads the machine on its own.
 * @type {import('jest').Config}
 */
// The instances share one PostgreSQL server: CI's, unless TEST_DATABASE_URL names another.
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

export default {
  ...base,
  testMatch: ['<rootDir>/test/scale/**/*.scale-spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
  // The tests provoke database errors on purpose; TypeORM would log every failed query.
  silent: true,
};
