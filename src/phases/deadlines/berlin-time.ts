import { TZDate } from '@date-fns/tz';
import { formatIsoDate, type IsoDate, parseIsoDate } from './calendar-date.js';

/** The legal clock of every period: the city's local time, with summer time. */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

/**
 * The UTC instant at which a calendar day starts in Berlin (00:00:00.000 local time).
 * Midnight always exists in Berlin: the clocks change at 02:00/03:00.
 */
export function startOfDayBerlin(date: IsoDate): Date {
  return berlinInstant(date, 0, 0, 0, 0);
}

/**
 * The UTC instant at which a calendar day ends in Berlin (23:59:59.999 local time): the moment
 * a period closes. E.g. `2025-03-30` (the day summer time begins) → `2025-03-30T21:59:59.999Z`,
 * `2025-10-26` (the day it ends) → `2025-10-26T22:59:59.999Z`.
 */
export function endOfDayBerlin(date: IsoDate): Date {
  return berlinInstant(date, 23, 59, 59, 999);
}

/** The Berlin calendar date of an instant, e.g. to display a stored closing time. */
export function berlinDate(instant: Date): IsoDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date');
  const local = new TZDate(time, BERLIN_TIME_ZONE);
  return formatIsoDate({
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
  });
}

function berlinInstant(date: IsoDate, h: number, m: number, s: number, ms: number): Date {
  const { year, month, day } = parseIsoDate(date);
  const local = new TZDate(year, month - 1, day, h, m, s, ms, BERLIN_TIME_ZONE);
  return new Date(local.getTime());
}
