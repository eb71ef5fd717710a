import { berlinDate, endOfDayBerlin, startOfDayBerlin } from './berlin-time.js';

describe('Berlin days as UTC instants', () => {
  // CET = UTC+1, CEST = UTC+2. Summer time starts on the last Sunday of March at 02:00 CET
  // (→ 03:00 CEST) and ends on the last Sunday of October at 03:00 CEST (→ 02:00 CET).
  it.each([
    // date, start of day (UTC), end of day (UTC)
    ['2025-03-29', '2025-03-28T23:00:00.000Z', '2025-03-29T22:59:59.999Z'], // Sat, CET
    ['2025-03-30', '2025-03-29T23:00:00.000Z', '2025-03-30T21:59:59.999Z'], // 23-hour day
    ['2025-03-31', '2025-03-30T22:00:00.000Z', '2025-03-31T21:59:59.999Z'], // Mon, CEST
    ['2025-10-25', '2025-10-24T22:00:00.000Z', '2025-10-25T21:59:59.999Z'], // Sat, CEST
    ['2025-10-26', '2025-10-25T22:00:00.000Z', '2025-10-26T22:59:59.999Z'], // 25-hour day
    ['2025-10-27', '2025-10-26T23:00:00.000Z', '2025-10-27T22:59:59.999Z'], // Mon, CET
    ['2026-03-28', '2026-03-27T23:00:00.000Z', '2026-03-28T22:59:59.999Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z', '2026-03-30T21:59:59.999Z'],
    ['2026-10-24', '2026-10-23T22:00:00.000Z', '2026-10-24T21:59:59.999Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z', '2026-10-26T22:59:59.999Z'],
    ['2025-12-31', '2025-12-30T23:00:00.000Z', '2025-12-31T22:59:59.999Z'], // year end, CET
    ['2024-02-29', '2024-02-28T23:00:00.000Z', '2024-02-29T22:59:59.999Z'], // leap day
  ])('%s runs from %s to %s', (date, start, end) => {
    expect(startOfDayBerlin(date).toISOString()).toBe(start);
    expect(endOfDayBerlin(date).toISOString()).toBe(end);
  });

  it('makes the DST days 23 and 25 hours long', () => {
    const hours = (date: string) =>
      (endOfDayBerlin(date).getTime() + 1 - startOfDayBerlin(date).getTime()) / 3_600_000;
    expect(hours('2025-03-30')).toBe(23);
    expect(hours('2025-10-26')).toBe(25);
    expect(hours('2025-07-01')).toBe(24);
  });

  it('joins days without a gap', () => {
    expect(endOfDayBerlin('2025-10-26').getTime() + 1).toBe(
      startOfDayBerlin('2025-10-27').getTime(),
    );
    expect(endOfDayBerlin('2026-03-29').getTime() + 1).toBe(
      startOfDayBerlin('2026-03-30').getTime(),
    );
  });

  it('refuses what is not a date', () => {
    expect(() => endOfDayBerlin('2025-02-29')).toThrow(RangeError);
    expect(() => startOfDayBerlin('30.03.2025')).toThrow(RangeError);
  });
});

describe('berlinDate', () => {
  it.each([
    ['2025-03-29T22:59:59.999Z', '2025-03-29'],
    ['2025-03-29T23:00:00.000Z', '2025-03-30'], // midnight CET
    ['2025-03-30T21:59:59.999Z', '2025-03-30'], // last moment of the short day
    ['2025-03-30T22:00:00.000Z', '2025-03-31'], // midnight CEST
    ['2025-10-25T21:59:59.999Z', '2025-10-25'],
    ['2025-10-25T22:00:00.000Z', '2025-10-26'],
    ['2025-10-26T00:30:00.000Z', '2025-10-26'], // 02:30 CEST, the first of two 02:30s
    ['2025-10-26T01:30:00.000Z', '2025-10-26'], // 02:30 CET, the second
    ['2025-10-26T22:59:59.999Z', '2025-10-26'], // last moment of the long day
    ['2025-10-26T23:00:00.000Z', '2025-10-27'],
    ['2025-12-31T23:00:00.000Z', '2026-01-01'],
  ])('%s is %s in Berlin', (instant, date) => {
    expect(berlinDate(new Date(instant))).toBe(date);
  });

  it('inverts endOfDayBerlin and startOfDayBerlin', () => {
    for (const date of ['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2025-06-15']) {
      expect(berlinDate(endOfDayBerlin(date))).toBe(date);
      expect(berlinDate(startOfDayBerlin(date))).toBe(date);
    }
  });

  it('refuses an invalid Date', () => {
    expect(() => berlinDate(new Date('not a date'))).toThrow(RangeError);
  });
});
