/**
 * npm run bench: every benchmark in bench/ that is present (map, intake, export, first-visit,
 * start, hints and areas), one after the other so that they never load the machine at the same time, and one JSON
 * summary on stdout. Each script's progress goes to stderr as it runs; its own JSON becomes one entry.
 * Exits non-zero when any of them failed. Benchmarks are not tests and do not run in CI.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['map', 'intake', 'export', 'first-visit', 'start', 'hints-and-areas'];
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

function run(file) {
  const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      if (code !== 0) return resolve({ ok: false, error: `exited with ${code ?? signal}` });
      try {
        resolve({ ok: true, result: JSON.parse(out) });
      } catch {
        resolve({ ok: false, error: `printed no JSON summary: ${out.slice(0, 200)}` });
      }
    });
  });
}

const started = performance.now();
const summary = { benchmarks: {}, skipped: [] };
let failed = false;
for (const name of BENCHMARKS) {
  const file = here(`./${name}.mjs`);
  if (!existsSync(file)) {
    summary.skipped.push(name);
    continue;
  }
  process.stderr.write(`\n=== bench/${name}.mjs\n`);
  const outcome = await run(file);
  summary.benchmarks[name] = outcome.ok ? outcome.result : { error: outcome.error };
  failed ||= !outcome.ok;
}
summary.elapsedSeconds = Math.round((performance.now() - started) / 100) / 10;
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
process.exit(failed ? 1 : 0);
