// Stand-in for a map tile server (OSM-style /{z}/{x}/{y}.png) on the loopback interface, so
// the browser tests never reach the internet. Every tile is the same small, valid PNG: a pale
// background with a faint grid, close to the colours of a real base map.
import { createServer } from 'node:http';

import pngjs from 'pngjs';

const port = Number(process.env.TILE_PORT ?? 3918);
const SIZE = 256;

function makeTile() {
  const png = new pngjs.PNG({ width: SIZE, height: SIZE });
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      const edge = x === 0 || y === 0;
      const grid = x % 64 === 0 || y % 64 === 0;
      const [r, g, b] = edge ? [214, 208, 198] : grid ? [228, 223, 214] : [242, 239, 233];
      const i = (y * SIZE + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return pngjs.PNG.sync.write(png);
}

const tile = makeTile();
const TILE_PATH = /^\/\d{1,2}\/\d{1,7}\/\d{1,7}\.png$/;

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
  } else if (TILE_PATH.test(pathname)) {
    res.writeHead(200, {
      'Content-Type': 'image/png',
      'Content-Length': tile.length,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    res.end(req.method === 'HEAD' ? undefined : tile);
  } else if (pathname === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  } else {
    res.writeHead(404).end();
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`tile stand-in listening on http://127.0.0.1:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
