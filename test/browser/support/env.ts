/** Fixed loopback ports for the browser tests (uncommon, so they rarely collide). */
export const APP_PORT = 3917;
export const TILE_PORT = 3918;

export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const TILE_ORIGIN = `http://127.0.0.1:${TILE_PORT}`;
export const TILE_URL = `${TILE_ORIGIN}/{z}/{x}/{y}.png`;
