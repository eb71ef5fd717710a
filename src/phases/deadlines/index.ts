/**
 * Legal deadlines of consultation phases (docs/domain.md#1-phases-and-deadlines): pure functions on calendar dates in
 * Europe/Berlin, no Nest and no database.
 */
export {
  addDays,
  compareIsoDates,
  daysBetween,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  tryParseIsoDate,
  type DateParts,
  type IsoDate,
  type IsoWeekday,
} from './calendar-date.js';
export { isNrwHoliday, isWorkingDay, nextWorkingDay, nrwHolidays } from './holidays.js';
export { BERLIN_TIME_ZONE, berlinDate, endOfDayBerlin, startOfDayBerlin } from './berlin-time.js';
export {
  checkAnnouncedEnd,
  DEFAULT_DURATION_DAYS,
  hasLegalMinimum,
  minimumEnd,
  MINIMUM_DAYS,
  oneMonthEnd,
  PHASE_KINDS,
  periodDays,
  proposedEnd,
  type AnnouncedEndCheck,
  type FormalPhaseKind,
  type PhaseKind,
} from './phase-deadlines.js';
