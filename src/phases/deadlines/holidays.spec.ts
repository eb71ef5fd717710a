import { addDays, formatIsoDate, type IsoDate } from './calendar-date.js';
import { isNrwHoliday, isWorkingDay, nextWorkingDay, nrwHolidays } from './holidays.js';

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), written here only
 * to check the holiday library independently of its own Easter rule.
 */
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

function expectedNrwHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const fixed = (md: string): IsoDate => `${year}-${md}`;
  const dates = [
    fixed('01-01'),
    addDays(easter, -2), // Karfreitag
    addDays(easter, 1), // Ostermontag
    fixed('05-01'),
    addDays(easter, 39), // Christi Himmelfahrt
    addDays(easter, 50), // Pfingstmontag
    addDays(easter, 60), // Fronleichnam
    fixed('10-03'),
    ...(year === 2017 ? [fixed('10-31')] : []), // 500 Jahre Reformation, einmalig
    fixed('11-01'),
    fixed('12-25'),
    fixed('12-26'),
  ];
  // Ascension can fall on 1 May (2008, 2160): one day, listed once.
  return [...new Set(dates)].sort();
}

describe('NRW public holidays', () => {
  it('lists the eleven holidays of 2025', () => {
    expect(nrwHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-04-18', // Karfreitag
      '2025-04-21', // Ostermontag
      '2025-05-01',
      '2025-05-29', // Christi Himmelfahrt
      '2025-06-09', // Pfingstmontag
      '2025-06-19', // Fronleichnam
      '2025-10-03',
      '2025-11-01',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('lists the holidays of 2024 and 2026', () => {
    expect(nrwHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-03-29',
      '2024-04-01',
      '2024-05-01',
      '2024-05-09',
      '2024-05-20',
      '2024-05-30',
      '2024-10-03',
      '2024-11-01',
      '2024-12-25',
      '2024-12-26',
    ]);
    expect(nrwHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-06-04',
      '2026-10-03',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'], // very early Easter
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
  ])('places Good Friday and Easter Monday around Easter %i (%s)', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
    expect(nrwHolidays(year)).toEqual(
      expect.arrayContaining([addDays(easter, -2), addDays(easter, 1)]),
    );
  });

  it('matches an independent Easter computation for every year 1950–2150', () => {
    for (let year = 1950; year <= 2150; year += 1) {
      expect([year, nrwHolidays(year)]).toEqual([year, expectedNrwHolidays(year)]);
    }
  });

  it('lists a day that is two holidays once (Ascension on 1 May 2008)', () => {
    expect(nrwHolidays(2008).filter((d) => d === '2008-05-01')).toHaveLength(1);
    expect(nrwHolidays(2008)).toHaveLength(10);
  });

  it('includes the one-off Reformation Day 2017, but not in other years', () => {
    expect(nrwHolidays(2017)).toContain('2017-10-31');
    expect(nrwHolidays(2017)).toHaveLength(12);
    expect(nrwHolidays(2016)).not.toContain('2016-10-31');
    expect(nrwHolidays(2018)).not.toContain('2018-10-31');
  });

  it('does not count days that are holidays elsewhere or only by custom', () => {
    for (const day of [
      '2025-01-06', // Heilige Drei Könige (BW, BY, ST)
      '2025-03-03', // Rosenmontag: a custom in Essen, not a holiday
      '2025-04-20', // Ostersonntag: a Sunday, not a listed holiday
      '2025-10-31', // Reformationstag (not in NRW)
      '2025-11-19', // Buß- und Bettag (SN)
      '2025-12-24',
      '2025-12-31',
    ]) {
      expect([day, isNrwHoliday(day)]).toEqual([day, false]);
    }
  });

  it('returns a copy, so callers cannot spoil the cache', () => {
    const list = nrwHolidays(2025);
    list.push('2025-07-01');
    expect(nrwHolidays(2025)).not.toContain('2025-07-01');
  });

  it('refuses years it cannot vouch for', () => {
    expect(() => nrwHolidays(1899)).toThrow(RangeError);
    expect(() => nrwHolidays(2025.5)).toThrow(RangeError);
    expect(() => isNrwHoliday('2025-02-30')).toThrow(RangeError);
  });
});

describe('working days', () => {
  it.each([
    ['2025-03-04', true], // Tuesday
    ['2025-01-31', true], // Friday
    ['2025-03-01', false], // Saturday
    ['2025-03-02', false], // Sunday
    ['2025-06-19', false], // Fronleichnam (Thursday)
    ['2025-12-24', true], // Christmas Eve is a working day
  ])('%s is a working day: %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it.each([
    ['2025-03-04', '2025-03-04', 'a working day stays'],
    ['2025-03-01', '2025-03-03', 'Saturday → Monday'],
    ['2025-03-02', '2025-03-03', 'Sunday → Monday'],
    ['2025-04-18', '2025-04-22', 'Good Friday → Tuesday after Easter Monday'],
    ['2025-04-19', '2025-04-22', 'Easter Saturday → Tuesday'],
    ['2025-12-25', '2025-12-29', 'Christmas Thursday → Monday'],
    ['2026-12-25', '2026-12-28', 'Christmas Friday → Monday'],
    ['2027-12-25', '2027-12-27', 'Christmas Saturday → Monday'],
    ['2022-12-31', '2023-01-02', 'Saturday before New Year Sunday → Monday'],
    ['2026-05-01', '2026-05-04', '1 May Friday → Monday'],
    ['2025-05-29', '2025-05-30', 'Ascension Thursday → Friday'],
  ])('%s → %s (%s)', (day, expected) => {
    expect(nextWorkingDay(day)).toBe(expected);
  });
});
