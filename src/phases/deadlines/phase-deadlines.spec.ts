import { addDays, daysBetween, fromDayNumber, toDayNumber } from './calendar-date.js';
import { isWorkingDay } from './holidays.js';
import {
  checkAnnouncedEnd,
  DEFAULT_DURATION_DAYS,
  hasLegalMinimum,
  minimumEnd,
  oneMonthEnd,
  PHASE_KINDS,
  periodDays,
  proposedEnd,
} from './phase-deadlines.js';

describe('minimumEnd for publication and agencies (one month, at least 30 days)', () => {
  /*
   * The four worked cases of docs/domain.md#1-phases-and-deadlines, derived by hand with the rule
   *   last day = nextWorkingDay(max(oneMonthEnd(start), start + 29 days)):
   *
   * Mon 3 Feb 2025: month → day before 3 Mar = Sun 2 Mar; 30 days → 3 Feb + 29 = Tue 4 Mar
   *   (February has 28 days, so the month alone is only 28 days long); the later is Tue 4 Mar,
   *   a working day → Tue 4 Mar 2025.
   * Fri 31 Jan 2025: month → 31 Feb does not exist, so the last day of February, Fri 28 Feb;
   *   30 days → 31 Jan + 29 = Sat 1 Mar; the later is Sat 1 Mar → Sun 2 Mar → Mon 3 Mar 2025.
   * Fri 2 May 2025: month → day before 2 Jun = Sun 1 Jun; 30 days → 2 May + 29 = Sat 31 May;
   *   the later is Sun 1 Jun → Mon 2 Jun 2025 (Whit Monday is 9 Jun that year).
   * Thu 28 Mar 2024: month → day before 28 Apr = Sat 27 Apr; 30 days → 28 Mar + 29 = Fri 26 Apr;
   *   the later is Sat 27 Apr → Sun 28 Apr → Mon 29 Apr 2024. (Good Friday 29 Mar and Easter
   *   Monday 1 Apr fall inside the period and do not lengthen it: BGB §193 only moves an end.)
   *
   * The rule as written in docs/domain.md gives all four; no other reading was needed.
   */
  it.each([
    ['2025-02-03', '2025-03-04'],
    ['2025-01-31', '2025-03-03'],
    ['2025-05-02', '2025-06-02'],
    ['2024-03-28', '2024-04-29'],
  ])('worked case: start %s → last day %s', (start, end) => {
    expect(minimumEnd('publication', start)).toBe(end);
    expect(minimumEnd('agencies', start)).toBe(end);
  });

  it.each([
    // start, oneMonthEnd, minimumEnd, why
    ['2025-03-31', '2025-04-30', '2025-04-30', '31 Apr does not exist → 30 Apr (Wed)'],
    ['2024-01-30', '2024-02-29', '2024-02-29', 'leap year: 30 Feb does not exist → 29 Feb'],
    ['2024-01-31', '2024-02-29', '2024-02-29', 'leap year: 31 Feb → 29 Feb, exactly 30 days'],
    ['2025-02-01', '2025-02-28', '2025-03-03', '30 days reach Sun 2 Mar → Mon 3 Mar'],
    ['2025-01-01', '2025-01-31', '2025-01-31', 'a 31-day month is longer than 30 days'],
    ['2025-12-15', '2026-01-14', '2026-01-14', 'over the year end'],
    ['2024-12-02', '2025-01-01', '2025-01-02', 'ends on New Year → Thu 2 Jan'],
    ['2025-11-26', '2025-12-25', '2025-12-29', 'Christmas Thu+Fri, then a weekend → Mon 29 Dec'],
    ['2026-04-02', '2026-05-01', '2026-05-04', '1 May is a Friday → Mon 4 May'],
    ['2026-04-15', '2026-05-14', '2026-05-15', 'Ascension Thursday → Friday'],
    ['2025-03-19', '2025-04-18', '2025-04-22', 'Good Friday → Tuesday after Easter Monday'],
    ['2025-05-20', '2025-06-19', '2025-06-20', 'Corpus Christi → Friday'],
    ['2025-09-04', '2025-10-03', '2025-10-06', 'German Unity Day Friday → Monday'],
  ])('start %s: month ends %s, minimum %s (%s)', (start, month, minimum) => {
    expect(oneMonthEnd(start)).toBe(month);
    expect(minimumEnd('publication', start)).toBe(minimum);
  });

  it('holds the rule for every start day of 2024–2027', () => {
    const first = toDayNumber('2024-01-01');
    const last = toDayNumber('2027-12-31');
    for (let n = first; n <= last; n += 1) {
      const start = fromDayNumber(n);
      const end = minimumEnd('publication', start) as string;
      const month = oneMonthEnd(start);
      const raw = month > addDays(start, 29) ? month : addDays(start, 29);
      // At least 30 days and at least one month …
      expect(periodDays(start, end)).toBeGreaterThanOrEqual(30);
      expect(end >= month).toBe(true);
      // … never closing on a weekend or holiday …
      expect(isWorkingDay(end)).toBe(true);
      // … and no longer than needed: every day skipped after the raw end is a day off.
      for (let day = raw; day < end; day = addDays(day, 1)) {
        expect([start, day, isWorkingDay(day)]).toEqual([start, day, false]);
      }
      // One month is 28 to 31 days; the shift adds at most four days (Christmas + weekend).
      expect(daysBetween(start, end)).toBeLessThanOrEqual(30 + 4);
    }
  });

  it('gives no minimum for the other kinds', () => {
    for (const kind of ['early_public', 'early_agencies', 'republication', 'informal'] as const) {
      expect(minimumEnd(kind, '2025-02-03')).toBeNull();
      expect(hasLegalMinimum(kind)).toBe(false);
    }
    expect(hasLegalMinimum('publication')).toBe(true);
    expect(hasLegalMinimum('agencies')).toBe(true);
  });

  it('refuses a start that is not a date, for every kind', () => {
    for (const kind of PHASE_KINDS) {
      expect(() => minimumEnd(kind, '2025-02-30')).toThrow(RangeError);
    }
  });
});

describe('proposedEnd', () => {
  it('proposes the legal minimum for formal phases', () => {
    expect(proposedEnd('publication', '2025-02-03')).toBe('2025-03-04');
    expect(proposedEnd('agencies', '2025-01-31')).toBe('2025-03-03');
  });

  it('proposes the default durations, first day counted, moved to a working day', () => {
    expect(DEFAULT_DURATION_DAYS).toEqual({
      early_public: 30,
      early_agencies: 30,
      republication: 14,
      informal: 21,
    });
    // Mon 3 Mar 2025 + 13 = Sun 16 Mar → Mon 17 Mar.
    expect(proposedEnd('republication', '2025-03-03')).toBe('2025-03-17');
    // Tue 4 Mar 2025 + 13 = Mon 17 Mar: 14 days exactly.
    expect(proposedEnd('republication', '2025-03-04')).toBe('2025-03-17');
    expect(periodDays('2025-03-04', '2025-03-17')).toBe(14);
    // Mon 3 Mar + 20 = Sun 23 Mar → Mon 24 Mar.
    expect(proposedEnd('informal', '2025-03-03')).toBe('2025-03-24');
    // Mon 3 Mar + 29 = Tue 1 Apr.
    expect(proposedEnd('early_public', '2025-03-03')).toBe('2025-04-01');
    expect(proposedEnd('early_agencies', '2025-03-03')).toBe('2025-04-01');
    // Wed 20 Mar 2024 + 29 = Thu 18 Apr.
    expect(proposedEnd('early_public', '2024-03-20')).toBe('2024-04-18');
    // Sat 29 Mar 2025 + 20 = Fri 18 Apr, Good Friday → Tue 22 Apr.
    expect(proposedEnd('informal', '2025-03-29')).toBe('2025-04-22');
  });
});

describe('checkAnnouncedEnd', () => {
  it('accepts the minimum and anything longer', () => {
    expect(checkAnnouncedEnd('publication', '2025-02-03', '2025-03-04')).toEqual({
      minimumEnd: '2025-03-04',
      shorterThanMinimum: false,
      days: 30,
    });
    expect(checkAnnouncedEnd('agencies', '2025-02-03', '2025-03-14')).toEqual({
      minimumEnd: '2025-03-04',
      shorterThanMinimum: false,
      days: 40,
    });
  });

  it('warns when the announced end is one day short', () => {
    // 3 Mar is a month by the calendar, but only 29 days.
    expect(checkAnnouncedEnd('publication', '2025-02-03', '2025-03-03')).toEqual({
      minimumEnd: '2025-03-04',
      shorterThanMinimum: true,
      days: 29,
    });
    // Sat 27 Apr 2024 is one month, but the period runs on to Monday.
    expect(checkAnnouncedEnd('agencies', '2024-03-28', '2024-04-27')).toEqual({
      minimumEnd: '2024-04-29',
      shorterThanMinimum: true,
      days: 31,
    });
  });

  it('never warns for kinds without a minimum', () => {
    expect(checkAnnouncedEnd('republication', '2025-03-03', '2025-03-05')).toEqual({
      minimumEnd: null,
      shorterThanMinimum: false,
      days: 3,
    });
    expect(checkAnnouncedEnd('informal', '2025-03-03', '2025-03-03')).toEqual({
      minimumEnd: null,
      shorterThanMinimum: false,
      days: 1,
    });
  });

  it('refuses an end before the start and malformed dates', () => {
    expect(() => checkAnnouncedEnd('publication', '2025-03-03', '2025-03-02')).toThrow(RangeError);
    expect(() => checkAnnouncedEnd('publication', '2025-03-03', '2025-03-32')).toThrow(RangeError);
  });
});
