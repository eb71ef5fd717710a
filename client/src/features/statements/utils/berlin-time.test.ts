import { describe, expect, it } from 'vitest';

import { berlinToIso } from '@/features/statements/utils/berlin-time';

describe('berlinToIso', () => {
  it('takes the time as Essen time, winter and summer', () => {
    expect(berlinToIso('2026-01-15', '00:30')).toBe('2026-01-14T23:30:00.000Z');
    expect(berlinToIso('2026-07-01', '12:00')).toBe('2026-07-01T10:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(berlinToIso('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(berlinToIso('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(berlinToIso('2026-10-25', '04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses incomplete and impossible values', () => {
    expect(berlinToIso('2026-02-30', '12:00')).toBeNull();
    expect(berlinToIso('2026-02-10', '24:00')).toBeNull();
    expect(berlinToIso('', '12:00')).toBeNull();
    expect(berlinToIso('2026-02-10', '')).toBeNull();
  });
});
