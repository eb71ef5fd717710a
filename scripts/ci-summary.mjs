// Prints one closing line for CI from the runners' JSON reports: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing report: ${file}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // Jest
    console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } else {
    // Playwright
    const { expected = 0, unexpected = 0, flaky = 0, skipped: s = 0 } = report.stats ?? {};
    console.log(`${file}: ${expected + flaky} passed, ${unexpected} failed`);
    passed += expected + flaky;
    failed += unexpected;
    skipped += s;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
// A skipped test is a check that did not run: CI treats it as a failure.
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
