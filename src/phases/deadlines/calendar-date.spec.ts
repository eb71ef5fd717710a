import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
  tryParseIsoDate,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('parses real dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2025-02-29',
      '2100-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-1-5',
      '2025-01-05T00:00:00Z',
      ' 2025-01-05',
      '1899-12-31',
      '',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
    }
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(tryParseIsoDate(20250105)).toBeNull();
  });

  it('knows month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('adds days across months, years and the leap day', () => {
    expect(addDays('2025-02-03', 29)).toBe('2025-03-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31'); // a DST day has no effect on dates
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-31', '2025-03-01')).toBe(29);
    expect(daysBetween('2025-03-01', '2025-01-31')).toBe(-29);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(compareIsoDates('2025-01-02', '2025-01-01')).toBe(1);
    expect(compareIsoDates('2025-01-01', '2025-01-01')).toBe(0);
    expect(compareIsoDates('2024-12-31', '2025-01-01')).toBe(-1);
  });

  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2038-01-19'))).toBe('2038-01-19');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('gives ISO weekdays (Monday 1 … Sunday 7)', () => {
    expect(isoWeekday('2025-02-03')).toBe(1); // Monday
    expect(isoWeekday('2025-01-31')).toBe(5); // Friday
    expect(isoWeekday('2025-03-01')).toBe(6); // Saturday
    expect(isoWeekday('2024-04-28')).toBe(7); // Sunday
    expect(isoWeekday('1969-12-31')).toBe(3); // Wednesday, before the epoch
  });
});
