import { STATEMENT_EVENTS_CHANNEL } from '../statement-events.js';
import {
  initialPublicationStatusSql,
  phaseOpenSql,
  procedurePublishedSql,
  receivedAtIsoSql,
  referenceNumberSql,
} from './numbering-rules.sql.js';
import { lateSql } from '../../phases/index.js';

/** One statement to number and store, as the numbering statement takes it (one array each). */
export interface NumberingMember {
  id: string;
  phase_id: string;
  /** Recorded by staff: stored whether or not the phase is open (marked late after its end). */
  staff: boolean;
  /** Staff intake: the stated receipt time; null = the database clock. */
  received_at: Date | null;
  text: string;
  geometry: string | null;
  point: string | null;
  topic: string | null;
  channel: string;
  submitter_type: string;
  token: string;
  token_hash: string;
  user_id: string | null;
  recorded_by: string | null;
  name: string;
  organisation: string;
  street: string;
  postcode: string;
  city: string;
  email: string | null;
  key: string | null;
  hash: string | null;
}

/** The columns of a member, in parameter order, with their PostgreSQL types. */
export const MEMBER_COLUMNS = [
  ['id', 'uuid'],
  ['phase_id', 'uuid'],
  ['staff', 'boolean'],
  ['received_at', 'timestamptz'],
  ['text', 'text'],
  ['geometry', 'jsonb'],
  ['point', 'point'],
  ['topic', 'varchar'],
  ['channel', 'varchar'],
  ['submitter_type', 'varchar'],
  ['token', 'varchar'],
  ['token_hash', 'varchar'],
  ['user_id', 'uuid'],
  ['recorded_by', 'uuid'],
  ['name', 'varchar'],
  ['organisation', 'varchar'],
  ['street', 'varchar'],
  ['postcode', 'varchar'],
  ['city', 'varchar'],
  ['email', 'varchar'],
  ['key', 'varchar'],
  ['hash', 'varchar'],
] as const satisfies readonly (readonly [keyof NumberingMember, string])[];

/** Parameters after the member columns, by name. */
const SHARED = ['procedure_reference', 'channel'] as const;
/** Only the single form (one member in a savepoint) binds attachments and queues a mail. */
const SINGLE = ['attachment_ids', 'mail_template', 'mail_to', 'mail_params'] as const;
type Named = (typeof SHARED)[number] | (typeof SINGLE)[number];

/** `$n` of a named parameter of the numbering statement. */
export function numberingParam(name: Named): string {
  const i = [...SHARED, ...SINGLE].indexOf(name);
  return `$${MEMBER_COLUMNS.length + i + 1}`;
}

export interface NumberingSqlOptions {
  /**
   * `batch`: many members in one autocommitted statement; a member whose key is stored is
   * left out (answered as a replay) and the keys of the others are stored with their rows.
   * `single`: one member inside its savepoint, whose key was claimed before; binds its
   * attachments and queues its mail (`mailSql`: the outbox insert, from NotificationsService).
   */
  form: 'batch' | 'single';
  mailSql?: string;
}

/**
 * THE numbering statement, for one member or a whole batch: the next numbers of the procedure's
 * counter (taken only for members whose phase is open by the database clock at this moment;
 * staff may record at any time, and a statement received after the end is marked late), the
 * statements, their submitters, the `statement.received` events (sent on commit), the keys'
 * links to their statements (the receipt of a retry is rebuilt from the row) and, in the single
 * form, attachments and the receipt mail. Numbers follow the members' order. A member that is
 * not accepted gets no number and returns no row.
 *
 * Returns per stored member: ord (1-based), id, number, publication_status, received_at (ISO),
 * and in the single form `bound` (attachments bound).
 */
export function numberingSql({ form, mailSql }: NumberingSqlOptions): string {
  const p = numberingParam;
  const unnest = MEMBER_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const names = MEMBER_COLUMNS.map(([name]) => name).join(', ');
  const batch = form === 'batch';
  return `WITH m AS (
     SELECT * FROM unnest(${unnest}) WITH ORDINALITY AS m(${names}, ord)
   ), accepted AS (
     SELECT m.*, ph.procedure_id, ph.closes_at, ph.moderation_mode, coalesce(m.received_at, now()) AS at,
            extract(year FROM coalesce(m.received_at, now()) AT TIME ZONE 'Europe/Berlin')::int AS year
     FROM m JOIN phases ph ON ph.id = m.phase_id AND (m.staff OR ${phaseOpenSql('ph')})
                              AND ${procedurePublishedSql('ph')}
     ${batch ? 'WHERE NOT EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.key = m.key)' : ''}
   ), counter AS (
     INSERT INTO statement_counters (procedure_id, year, last)
     SELECT procedure_id, year, count(*) FROM accepted GROUP BY procedure_id, year
     ON CONFLICT (procedure_id, year) DO UPDATE SET last = statement_counters.last + excluded.last
     RETURNING procedure_id, year, last
   ), numbered AS (
     SELECT a.*, c.last - count(*) OVER w + row_number() OVER (w ORDER BY a.ord) AS seq
     FROM accepted a JOIN counter c ON c.procedure_id = a.procedure_id AND c.year = a.year
     WINDOW w AS (PARTITION BY a.procedure_id, a.year)
   ), f AS (
     SELECT n.*, ${referenceNumberSql('n.year', 'n.seq')} AS number,
            ${p('procedure_reference')}::varchar || '/' || ${referenceNumberSql('n.year', 'n.seq')} AS reference,
            ${initialPublicationStatusSql('n.channel', 'n.moderation_mode')} AS publication_status,
            ${receivedAtIsoSql('n.at')} AS at_iso
     FROM numbered n
   ), statement AS (
     INSERT INTO statements (id, procedure_id, phase_id, reference, year, sequence, text, geometry, point, topic,
                             channel, late, received_at, publication_status, submitter_type, status_token_hash,
                             user_id, recorded_by)
     SELECT id, procedure_id, phase_id, reference, year, seq, text, geometry, point, topic,
            channel, ${lateSql('at', 'closes_at')}, at, publication_status, submitter_type, token_hash, user_id, recorded_by
     FROM f ORDER BY ord
     RETURNING id
   ), submitter AS (
     INSERT INTO statement_submitters (statement_id, name, organisation, street, postcode, city, email)
     SELECT f.id, f.name, f.organisation, f.street, f.postcode, f.city, f.email
     FROM f JOIN statement s ON s.id = f.id WHERE f.submitter_type = 'named'
   ), feed AS (
     SELECT pg_notify(${p('channel')}::text, json_build_object(
              'type', 'statement.received', 'statementId', f.id, 'procedureId', f.procedure_id,
              'reference', f.reference, 'publicationStatus', f.publication_status)::text)
     FROM f JOIN statement s ON s.id = f.id WHERE f.publication_status IN ('pending', 'published')
   ), receipt AS (
     ${
       batch
         ? `INSERT INTO idempotency_keys (key, request_hash, statement_id, status_token)
            SELECT f.key, f.hash, f.id, f.token FROM f JOIN statement s ON s.id = f.id WHERE f.key IS NOT NULL`
         : `UPDATE idempotency_keys k SET statement_id = f.id, status_token = f.token
            FROM f JOIN statement s ON s.id = f.id WHERE k.key = f.key`
     }
   )${
     batch
       ? ''
       : `, attachments AS (
     UPDATE statement_attachments a SET statement_id = f.id FROM f JOIN statement s ON s.id = f.id
     WHERE a.id = ANY(${p('attachment_ids')}::uuid[]) AND a.statement_id IS NULL AND a.phase_id = f.phase_id
     RETURNING a.id
   ), mail AS (
     ${mailSql ?? 'SELECT 1'}
   )`
   }
   SELECT f.ord::int AS ord, f.id, f.number, f.publication_status, f.at_iso AS received_at,
          (SELECT count(*)::int FROM feed) AS notified
          ${batch ? '' : ', (SELECT count(*)::int FROM attachments) AS bound'}
   FROM f JOIN statement s ON s.id = f.id ORDER BY f.ord`;
}

/** The values of the numbering statement's parameters (numberingSql), in order. */
export function numberingParams(
  members: NumberingMember[],
  procedureReference: string,
  single?: {
    attachmentIds: string[];
    mail: { template: string; to: string; params: Record<string, unknown> } | null;
  },
): unknown[] {
  const columns = MEMBER_COLUMNS.map(([name]) => members.map((m) => m[name]));
  const shared = [procedureReference, STATEMENT_EVENTS_CHANNEL];
  if (!single) return [...columns, ...shared];
  const { attachmentIds, mail } = single;
  return [
    ...columns,
    ...shared,
    attachmentIds,
    mail?.template ?? null,
    mail?.to ?? null,
    mail ? JSON.stringify(mail.params) : null,
  ];
}
