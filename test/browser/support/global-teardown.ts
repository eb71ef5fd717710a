import { rm } from 'node:fs/promises';

import { DATA_DIR } from './env.js';

/** Removes the run's temporary DATA_DIR (mails written by the server). */
export default async function globalTeardown(): Promise<void> {
  await rm(DATA_DIR, { recursive: true, force: true });
}
