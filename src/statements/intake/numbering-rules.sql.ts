/**
 * The rules of numbering and storing a statement, as SQL fragments of the numbering statement
 * (numbering.sql.ts) and of the checks around it.
 */
import { lateSql } from '../../phases/index.js';

/** The phase `alias` accepts statements now, by the database clock (opensAt <= now(), not late). */
export const phaseOpenSql = (alias: string): string =>
  `(${alias}.opens_at <= now() AND NOT ${lateSql('now()', `${alias}.closes_at`)})`;

/**
 * The procedure of the phase `alias` is published. Checked where the statement is inserted too:
 * the lookup before the batch may be up to a second old (IntakeRepository.phaseTarget).
 */
export const procedurePublishedSql = (alias: string): string =>
  `EXISTS (SELECT 1 FROM procedures pr WHERE pr.id = ${alias}.procedure_id AND pr.status = 'published')`;

/** The number part of a reference, e.g. 2026-0042: the year and the gapless sequence. */
export const referenceNumberSql = (year: string, sequence: string): string =>
  `${year} || '-' || lpad(${sequence}::text, greatest(4, length(${sequence}::text)), '0')`;

/**
 * The publication state a new statement starts in: recorded by staff or in a phase that never
 * publishes, not public; otherwise as the phase's moderation mode says.
 */
export const initialPublicationStatusSql = (channel: string, moderationMode: string): string =>
  `CASE WHEN ${channel} <> 'platform' THEN 'not_public'
        WHEN ${moderationMode} = 'pre' THEN 'pending'
        WHEN ${moderationMode} = 'post' THEN 'published'
        ELSE 'not_public' END`;

/** A receipt time as ISO 8601 in UTC to the millisecond: the same text in every receipt. */
export const receivedAtIsoSql = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
