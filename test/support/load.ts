/**
 * Runs `task(0) … task(count - 1)` with at most `concurrency` in flight, and gives up (with the
 * tasks still running left to finish) once `deadlineMs` has passed: every loop is bounded.
 */
export async function runBounded(
  count: number,
  concurrency: number,
  deadlineMs: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  const until = Date.now() + deadlineMs;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      if (Date.now() > until) throw new Error(`gave up after ${deadlineMs} ms at task ${next}`);
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** A client address of its own for simulated resident `n` (sent as X-Forwarded-For). */
export function clientIp(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}
