import {
  addDays,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  parseIsoDate,
} from './calendar-date.js';
import { nextWorkingDay } from './holidays.js';

/** Phase kinds of a procedure (docs/domain.md#1-phases-and-deadlines). */
export const PHASE_KINDS = [
  'early_public',
  'early_agencies',
  'publication',
  'agencies',
  'republication',
  'informal',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** The statutory minimum of §3(2) and §4(2) BauGB: one month, at least 30 days. */
export const MINIMUM_DAYS = 30;

/**
 * Length of the proposed period, in days with the first day counted, for kinds without a
 * legal minimum. Only a proposal: the planner announces the end, and the announced end binds.
 * - `early_public`, `early_agencies` (§3(1), §4(1) BauGB): no minimum; 30 days is the upper
 *   end of common practice (14–30 days) and mirrors the formal stage.
 * - `republication` (§4a(3) BauGB): the period "kann angemessen verkürzt werden"; 14 days is
 *   the usual reading of "angemessen" for comments limited to the changes.
 * - `informal` (city dialogues, Essen.engagiert): no law; three weeks.
 */
export const DEFAULT_DURATION_DAYS = {
  early_public: 30,
  early_agencies: 30,
  republication: 14,
  informal: 21,
} as const satisfies Partial<Record<PhaseKind, number>>;

/** The kinds that have a legal minimum duration. */
export type FormalPhaseKind = Exclude<PhaseKind, keyof typeof DEFAULT_DURATION_DAYS>;

export function hasLegalMinimum(kind: PhaseKind): kind is FormalPhaseKind {
  return kind === 'publication' || kind === 'agencies';
}

/**
 * The end of a period of one month whose first day counts (BGB §187(2) and §188(2) second
 * alternative): the day before the day of the next month that has the start's number, or,
 * when the next month has no such day, its last day (BGB §188(3)). Without the §193 shift.
 *
 * 3 Feb → 2 Mar; 28 Mar → 27 Apr; 31 Jan → 28 (29) Feb; 30 Jan 2025 → 28 Feb; 31 Mar → 30 Apr.
 * (For a start on the 29th–31st the precise BGB wording – the day before a day that does not
 * exist – and "the last day of the month" give the same date, so the two readings agree.)
 */
export function oneMonthEnd(start: IsoDate): IsoDate {
  const { year, month, day } = parseIsoDate(start);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const lastDay = daysInMonth(next.year, next.month);
  if (day > lastDay) return formatIsoDate({ ...next, day: lastDay });
  return addDays(formatIsoDate({ ...next, day }), -1);
}

/**
 * The earliest last day a period of `kind` starting on `start` may have, or null when the law
 * sets no minimum (all kinds but `publication` and `agencies`; see `proposedEnd`).
 *
 * For `publication` (§3(2) BauGB) and `agencies` (§4(2) BauGB), "one month, at least 30 days":
 * 1. the first day counts (BGB §187(2): the period starts at the beginning of a day);
 * 2. one month ends with the day before the same-numbered day of the next month, or with that
 *    month's last day when it has no such day (BGB §188(2), (3)) – see `oneMonthEnd`;
 * 3. the period lasts at least 30 days, first day counted: last day ≥ start + 29 days, which
 *    only bites where the month is short (February, or 31-day months seen from the 31st);
 * 4. if that last day is a Saturday, Sunday or NRW public holiday, the period runs to the end
 *    of the next working day (BGB §193 by analogy).
 * This reading reproduces all four worked cases of docs/domain.md#1-phases-and-deadlines (see the unit tests).
 */
export function minimumEnd(kind: PhaseKind, start: IsoDate): IsoDate | null {
  switch (kind) {
    case 'publication':
    case 'agencies':
      return oneMonthAtLeast30DaysEnd(start);
    case 'early_public':
    case 'early_agencies':
    case 'republication':
    case 'informal':
      parseIsoDate(start);
      return null;
  }
}

/**
 * The end the planner UI proposes: the legal minimum where there is one, else the default
 * duration of `DEFAULT_DURATION_DAYS` (first day counted), moved off a weekend or holiday in
 * the same way so that a proposed period never closes on a day the office is shut.
 */
export function proposedEnd(kind: PhaseKind, start: IsoDate): IsoDate {
  if (hasLegalMinimum(kind)) return oneMonthAtLeast30DaysEnd(start);
  return nextWorkingDay(addDays(start, DEFAULT_DURATION_DAYS[kind] - 1));
}

function oneMonthAtLeast30DaysEnd(start: IsoDate): IsoDate {
  const month = oneMonthEnd(start);
  const thirtyDays = addDays(start, MINIMUM_DAYS - 1);
  return nextWorkingDay(month > thirtyDays ? month : thirtyDays);
}

/** Number of days of a period from its first to its last day, both counted. */
export function periodDays(start: IsoDate, end: IsoDate): number {
  return daysBetween(start, end) + 1;
}

export interface AnnouncedEndCheck {
  /** The legal minimum last day, or null when the kind has none. */
  minimumEnd: IsoDate | null;
  /** True when the announced end lies before the minimum: the planner must give a reason. */
  shorterThanMinimum: boolean;
  /** Length of the announced period in days, first and last day counted. */
  days: number;
}

/**
 * Checks an announced end against the legal minimum, for the planner UI warning. The announced
 * end binds (docs/domain.md#1-phases-and-deadlines): a shorter period is allowed but needs a reason. Throws a
 * RangeError when a date is not a calendar date or the end lies before the start.
 */
export function checkAnnouncedEnd(
  kind: PhaseKind,
  start: IsoDate,
  announcedEnd: IsoDate,
): AnnouncedEndCheck {
  const days = periodDays(start, announcedEnd);
  if (days < 1) {
    throw new RangeError(`The end ${announcedEnd} lies before the start ${start}`);
  }
  const minimum = minimumEnd(kind, start);
  return {
    minimumEnd: minimum,
    shorterThanMinimum: minimum !== null && announcedEnd < minimum,
    days,
  };
}
