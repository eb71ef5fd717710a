/**
 * A phase's `closes_at` is the last millisecond of its last day (23:59:59.999 Europe/Berlin,
 * docs/domain.md#1-phases-and-deadlines and #7-agencies-re-publication-co-signing): that millisecond still belongs to the period. The database keeps
 * microseconds, so "on time" is "before the start of the next day", i.e. before
 * `closes_at + 1 ms`, exclusive. Every comparison with the end goes through these fragments.
 */
export const phaseEndExclusiveSql = (closesAt: string): string =>
  `(${closesAt} + interval '1 millisecond')`;

/** Whether the instant `at` (SQL) lies after the period whose end column is `closesAt`. */
export const lateSql = (at: string, closesAt: string): string =>
  `(${at} >= ${phaseEndExclusiveSql(closesAt)})`;
