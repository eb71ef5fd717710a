import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Fixed loopback ports for the browser tests (uncommon, so they rarely collide);
 * MITPLANEN_BROWSER_PORT moves both (app on it, tiles on the next), e.g. for a second run
 * on the same machine.
 */
export const APP_PORT = Number(process.env.MITPLANEN_BROWSER_PORT ?? 3917);
export const TILE_PORT = APP_PORT + 1;

export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const TILE_ORIGIN = `http://127.0.0.1:${TILE_PORT}`;
export const TILE_URL = `${TILE_ORIGIN}/{z}/{x}/{y}.png`;

const DATA_DIR_VARIABLE = 'MITPLANEN_BROWSER_DATA_DIR';

/**
 * The server's DATA_DIR: a fresh temporary folder per run, which the server creates when it
 * first writes there (without SMTP, every mail as `mail/*.eml`); the global teardown removes
 * it. The name is chosen once, in the runner process; the workers inherit the runner's
 * environment and so find the same folder. Nothing is created just by loading the config.
 */
export const DATA_DIR: string = (process.env[DATA_DIR_VARIABLE] ??= path.join(
  tmpdir(),
  `mitplanen-browser-${randomUUID()}`,
));

export const MAIL_DIR = path.join(DATA_DIR, 'mail');

/** SEED_DEMO_PASSWORD: the seeded demo staff accounts get this password. */
export const DEMO_PASSWORD = 'demo-passwort-123';
