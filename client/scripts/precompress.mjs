/**
 * After `vite build`: writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside
 * every text file of dist/ of at least 1 kB, so the server sends them without compressing per
 * request (express-static-gzip picks the copy the browser accepts). ADR 0007 says why a script
 * and not a plugin.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name) && statSync(path).size >= MIN_BYTES) yield path;
  }
}

let raw = 0;
let br = 0;
let count = 0;
for (const path of files(DIST)) {
  const content = readFileSync(path);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  raw += content.length;
  br += brotli.length;
  count += 1;
}
process.stdout.write(
  `precompressed ${count} files: ${Math.round(raw / 1024)} kB → ${Math.round(br / 1024)} kB (brotli)\n`,
);
