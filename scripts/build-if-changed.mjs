/**
 * `npm start`'s prestart: builds server and client only when their sources changed since the
 * last successful build (or when a build output is missing, as on a fresh clone), so a restart of
 * a built, unchanged checkout starts serving in seconds. The fingerprint is the list of source
 * files with their sizes and modification times, kept in dist/.build-fingerprint.
 * `npm run build` always builds (and records the fingerprint: postbuild runs this with --stamp).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const STAMP = join(ROOT, 'dist', '.build-fingerprint');
const OUTPUTS = ['dist/src/main.js', 'client/dist/index.html'];
const INPUTS = [
  'src',
  'migrations',
  'scripts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
  'client/src',
  'client/public',
  'client/scripts',
  'client/index.html',
  'client/package.json',
  'client/tsconfig.json',
  'client/vite.config.ts',
];

function* walk(path) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    yield `${relative(ROOT, path)}\t${stat.size}\t${stat.mtimeMs}`;
    return;
  }
  for (const name of readdirSync(path).sort()) yield* walk(join(path, name));
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const input of INPUTS) for (const line of walk(join(ROOT, input))) hash.update(`${line}\n`);
  return hash.digest('hex');
}

const current = fingerprint();
if (process.argv.includes('--stamp')) {
  // After `npm run build` (postbuild): the sources as they are now are built.
  writeFileSync(STAMP, `${current}\n`);
  process.exit(0);
}
const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null;
if (built === current && OUTPUTS.every((file) => existsSync(join(ROOT, file)))) {
  process.stdout.write('build is current (sources unchanged): starting without building\n');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// `npm run build` records the fingerprint itself (postbuild).
const result = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
