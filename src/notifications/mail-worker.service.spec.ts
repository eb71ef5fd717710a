import { MAX_ATTEMPTS, retryDelayMs } from './mail-worker.service.js';

describe('retryDelayMs', () => {
  it('doubles from one minute and stops at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n) / 1000)).toEqual([
      60, 120, 240, 480, 960, 1920, 3600,
    ]);
    expect(retryDelayMs(20)).toBe(60 * 60_000);
  });

  it('keeps retrying for about two hours before a message fails', () => {
    let total = 0;
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) total += retryDelayMs(attempts);
    expect(total / 60_000).toBeCloseTo(123, 0);
  });
});
