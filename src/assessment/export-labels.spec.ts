import { berlinIso, berlinText, berlinWallClock } from './export-labels.js';

describe('export times in Europe/Berlin', () => {
  it('gives the Berlin day of a statement received 00:30 in Essen (winter, UTC+1)', () => {
    const at = new Date('2026-03-02T23:30:00Z');
    expect(berlinWallClock(at).toISOString()).toBe('2026-03-03T00:30:00.000Z');
    expect(berlinText(at)).toBe('03.03.2026 00:30');
    expect(berlinIso(at)).toBe('2026-03-03T00:30:00+01:00');
  });

  it('follows daylight saving time (summer, UTC+2)', () => {
    const at = new Date('2026-07-14T22:15:00Z');
    expect(berlinText(at)).toBe('15.07.2026 00:15');
    expect(berlinIso(at)).toBe('2026-07-15T00:15:00+02:00');
  });
});
