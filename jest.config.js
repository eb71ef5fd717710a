/**
 * Jest in native ESM mode (NestJS 12 packages are ES modules): unit tests sit beside the code
 * (src/**\/*.spec.ts), API tests boot the real app in test/ (*.e2e-spec.ts). Each test file
 * gets its own database: a fresh embedded PostgreSQL, or with TEST_DATABASE_URL a database
 * cloned from a migrated template on that server (see test/support/).
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 60_000,
  maxWorkers: 2,
};
