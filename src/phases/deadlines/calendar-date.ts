/**
 * Calendar dates without a time or a zone, written as ISO 8601 `YYYY-MM-DD`. Deadlines are
 * counted in whole days, so the arithmetic here works on day numbers (days since 1970-01-01)
 * and only ever uses the UTC methods of `Date`: the server's own zone can never shift a day.
 */
export type IsoDate = string;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** ISO weekday: Monday 1 … Sunday 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Deadlines are computed for the Gregorian calendar only (and holidays need a sane year). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The parts of a date, or null when the text is not a real calendar date (e.g. `2025-02-30`). */
export function tryParseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return tryParseIsoDate(value) !== null;
}

/** The parts of a date; throws a RangeError for anything that is not a real `YYYY-MM-DD` date. */
export function parseIsoDate(value: IsoDate): DateParts {
  const parts = tryParseIsoDate(value);
  if (!parts) {
    throw new RangeError(
      `Expected a calendar date YYYY-MM-DD (${MIN_YEAR}–${MAX_YEAR}), got ${JSON.stringify(value)}`,
    );
  }
  return parts;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Expected whole days, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to − from` in days: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function isoWeekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Valid ISO dates compare correctly as strings; this also checks both are dates. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
