import Holidays from 'date-holidays';
import {
  addDays,
  type IsoDate,
  isoWeekday,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
} from './calendar-date.js';

/**
 * Public holidays of North Rhine-Westphalia (Feiertagsgesetz NW §2): New Year, Good Friday,
 * Easter Monday, 1 May, Ascension, Whit Monday, Corpus Christi, 3 October, 1 November,
 * 25 and 26 December. The movable ones hang on Easter; rather than keep our own Easter
 * computation we use `date-holidays`, whose data also knows one-off holidays: Reformation Day
 * 31 October 2017 (500th anniversary) was a public holiday in NRW by law, so it is included.
 * Sundays that the package lists as observances (Easter Sunday, Whit Sunday) are not public
 * holidays, and a Sunday is never a working day anyway.
 */
const nrw = new Holidays('DE', 'NW', { types: ['public'] });
const cache = new Map<number, readonly IsoDate[]>();

/** NRW public holidays of a year as ISO dates, in calendar order. */
export function nrwHolidays(year: number): IsoDate[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Expected a year ${MIN_YEAR}–${MAX_YEAR}, got ${year}`);
  }
  let dates = cache.get(year);
  if (!dates) {
    dates = [
      ...new Set(
        nrw
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      ),
    ].sort();
    cache.set(year, dates);
  }
  return [...dates];
}

export function isNrwHoliday(date: IsoDate): boolean {
  const { year } = parseIsoDate(date);
  return nrwHolidays(year).includes(date);
}

/** A working day (Werktag in the sense of BGB §193): not a Saturday, Sunday or NRW holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && !isNrwHoliday(date);
}

/**
 * The day itself when it is a working day, else the next working day after it: the shift of
 * BGB §193 ("an die Stelle eines solchen Tages tritt der nächste Werktag"). So a Friday stays
 * a Friday, a Saturday becomes the Monday (or the Tuesday after Easter Monday).
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  // Christmas next to a weekend gives at most four non-working days in a row; 14 is ample.
  for (let i = 0; i < 14; i += 1) {
    if (isWorkingDay(day)) return day;
    day = addDays(day, 1);
  }
  throw new Error(`No working day within two weeks after ${date}`);
}
