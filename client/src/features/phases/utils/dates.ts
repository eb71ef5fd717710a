import { localeOf } from '@/lib/i18n';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BERLIN = 'Europe/Berlin';

/** A calendar date YYYY-MM-DD that exists (as the server's CalendarDate check). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Compares two YYYY-MM-DD dates: negative when a is earlier. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A calendar date (YYYY-MM-DD, a day in Essen) for people: "04.03.2025" (medium) or
 * "4. März 2025" (long). Formatted as a date in UTC, so no time zone can move it by a day.
 */
export function formatIsoDate(
  iso: string,
  language: string,
  style: 'medium' | 'long' | 'full' = 'medium',
): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An instant as date and time in Essen: { date: "04.03.2025", time: "23:59" }. */
export function berlinDateTimeParts(
  instant: string | number,
  language: string,
): { date: string; time: string } {
  const value = new Date(instant);
  const locale = localeOf(language);
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: BERLIN }).format(value),
    time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: BERLIN }).format(value),
  };
}

/** The calendar day (YYYY-MM-DD) in Essen at an instant. */
export function berlinIsoDate(instant: string | number | Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: BERLIN,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}
