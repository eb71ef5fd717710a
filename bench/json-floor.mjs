/**
 * The bare floor of the map benchmark: node:http answering one precomputed JSON body (the app's
 * own answer, byte for byte, read from BODY_FILE) with the same headers. What no server can beat
 * on this machine; bench/map.mjs prints its throughput beside the app's.
 *
 * Started by bench/map.mjs: node bench/json-floor.mjs (env BODY_FILE, PORT); prints "listening".
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.env.BODY_FILE);
const headers = {
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Length': body.length,
  ETag: '"floor"',
  'Cache-Control': 'public, max-age=1, stale-while-revalidate=5',
};
const server = createServer((request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
