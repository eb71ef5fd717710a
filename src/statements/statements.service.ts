import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { Response } from 'express';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { SessionUser } from '../auth/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { CURSOR_AT_SQL, decodeCursor, keysetPage } from '../common/keyset-cursor.js';
import { AppConfig } from '../config/app-config.js';
import { rowsOf } from '../database/rows-of.js';
import {
  representativePoint,
  withinArea,
  type StatementGeometry,
} from '../geo/statement-geometry.js';
import { MODERATION_CHANNEL, type ModerationEvent } from '../moderation/feed-channel.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import { detectDocumentType } from '../procedures/documents.service.js';
import type { Procedure } from '../procedures/entities/procedure.entity.js';
import { FileStorage } from '../storage/file-storage.js';
import type {
  IntakeStatementDto,
  SubmitStatementDto,
  SubmitterDto,
} from './dto/submit-statement.dto.js';
import type {
  AttachmentDto,
  ListStatementsQuery,
  MapQuery,
  PublicStatementDto,
  PublicStatementListDto,
  ReceiptDto,
  StatementMapDto,
  StatementStatusDto,
} from './dto/statement.dto.js';
import { StatementAttachment } from './entities/statement-attachment.entity.js';
import { Statement } from './entities/statement.entity.js';
import { KeyedBatcher, type Outcome } from '../common/keyed-batcher.js';
import {
  initialPublicationStatusSql,
  phaseOpenSql,
  procedurePublishedSql,
  referenceNumberSql,
} from './numbering-sql.js';
import { berlinDateTime, renderReceiptPdf } from './receipt.js';
import type { Channel } from './statement.types.js';

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/** Public text: the redacted version where moderation made one. */
const PUBLIC_TEXT = 'coalesce(s.published_text, s.text)';

interface Submission {
  phaseId: string;
  text: string;
  geometry: StatementGeometry | undefined;
  topic: string | undefined;
  submitter: SubmitterDto;
  attachmentIds: string[];
  userId: string | null;
  channel: Channel;
  /** Staff intake: the stated receipt time; the platform always uses the database clock. */
  receivedAt?: Date;
  recordedBy?: string;
}

export interface SubmitResult {
  status: number;
  body: ReceiptDto;
  replayed: boolean;
}

/** What a submission needs to know of its phase and procedure before it is numbered. */
type PhaseTarget = Pick<Procedure, 'id' | 'reference' | 'title' | 'topics' | 'area'> & {
  phase_title: string;
};

/** A submission that passed the checks needing no lock and waits to be numbered. */
interface BatchMember {
  input: Submission;
  idempotency: { key: string; hash: string } | undefined;
  origin: string;
  procedure: { id: string; reference: string; title: string };
  phaseTitle: string;
}

/**
 * At most this many submissions form one batch. All of a deadline's load then fits a batch or
 * two (a member that arrives while one runs waits for the next, so a batch smaller than the
 * number of waiting clients makes some of them wait twice); it bounds the size of the shared
 * numbering statement (its arrays) all the same.
 */
export const MAX_BATCH_SIZE = 256;

/**
 * At most this many members share one transaction of savepoints (numberOneByOne). Each
 * savepoint becomes a subtransaction with an xid of its own; PostgreSQL caches up to 64 of them
 * per backend (PGPROC_MAX_CACHED_SUBXIDS) and beyond that every other session's snapshot checks
 * get slower while the transaction is open. 50 stays below that.
 */
export const MAX_SAVEPOINTS = 50;

function settle<R>(fn: () => R): Outcome<R> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Undoes a failed part of a batch. If even that fails, the connection is gone and the whole
 * batch fails, with the error that failed the part: it says why (a database that went away is
 * a 503 with Retry-After, not a 500 about a savepoint).
 */
async function rollbackTo(manager: EntityManager, savepoint: string, cause: unknown) {
  try {
    await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
  } catch {
    throw cause;
  }
}

/**
 * A draft's receipt with the number, publication state and (if the draft did not know it yet)
 * receipt time that its numbering statement gave.
 */
function fillReceipt(
  draft: { receipt: string; number: string; status: string; time?: string; berlinTime?: string },
  row: { number: string; publication_status: string; received_at?: string | null },
): SubmitResult {
  let receipt = draft.receipt
    .replaceAll(draft.number, row.number)
    .replaceAll(draft.status, row.publication_status);
  if (row.received_at && draft.time && draft.berlinTime) {
    receipt = receipt
      .replaceAll(draft.time, row.received_at)
      .replaceAll(draft.berlinTime, berlinDateTime(new Date(row.received_at)));
  }
  return { status: 201, body: JSON.parse(receipt) as ReceiptDto, replayed: false };
}

/** The answer to a retry whose key is already stored: its receipt, or why not. */
function replay(
  previous:
    { request_hash: string; status_code: number | null; response: ReceiptDto | null } | undefined,
  idempotency: { hash: string },
): SubmitResult {
  if (previous && previous.request_hash !== idempotency.hash) {
    throw AppError.field('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key', 'reused', {
      de: 'Dieser Schlüssel gehört zu einer anderen Stellungnahme. Bitte senden Sie ohne ihn oder mit einem neuen.',
      en: 'This key belongs to a different statement. Send without it or with a new one.',
    });
  }
  if (!previous?.response || !previous.status_code) throw new AppError('CONFLICT');
  // Receipts kept by the shared numbering statement leave the Berlin time to be derived here.
  const body = {
    ...previous.response,
    receivedAtBerlin: berlinDateTime(new Date(previous.response.receivedAt)),
  };
  return { status: previous.status_code, body, replayed: true };
}

@Injectable()
export class StatementsService {
  /** Group commit of submissions, per procedure: see runBatch. */
  private readonly batcher = new KeyedBatcher<BatchMember, SubmitResult>(
    (_procedureId, members) => this.runBatch(members),
    { maxSize: MAX_BATCH_SIZE, exclusiveKey: (m) => m.idempotency?.key },
  );

  /**
   * The phase and its published procedure, in one round trip, kept for a second per instance:
   * at a deadline every submission needs them, and the submissions to one phase that arrive
   * meanwhile share one lookup (LRUCache.fetch). What may be that old is only what the checks
   * before the batch use (topics, area, titles); whether the phase is open and the procedure
   * published is decided again where the statement is inserted. Unknown phases are not kept.
   */
  private readonly phaseTargets = new LRUCache<string, PhaseTarget>({
    max: 10_000,
    ttl: 1000,
    fetchMethod: async (phaseId) => {
      const [row] = await this.dataSource.query<PhaseTarget[]>(
        `SELECT p.id, p.reference, p.title, p.topics, p.area, ph.title AS phase_title
         FROM phases ph JOIN procedures p ON p.id = ph.procedure_id
         WHERE ph.id = $1 AND p.status = 'published'`,
        [phaseId],
      );
      return row;
    },
  });

  constructor(
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly procedures: ProceduresService,
    private readonly notifications: NotificationsService,
    private readonly storage: FileStorage,
  ) {}

  /** The phase and its procedure, with the checks that need no lock: text, topic, geometry. */
  private async prepare(
    phaseId: string,
    input: Pick<Submission, 'text' | 'geometry' | 'topic' | 'attachmentIds'>,
  ) {
    if (input.text.trim().length === 0) {
      throw AppError.field('VALIDATION_FAILED', 'text', 'isNotEmpty', {
        de: 'Bitte schreiben Sie Ihre Stellungnahme.',
        en: 'Please write your statement.',
      });
    }
    const max = this.config.statements.maxChars;
    if (input.text.length > max) {
      throw AppError.field('VALIDATION_FAILED', 'text', 'maxLength', {
        de: `Höchstens ${max} Zeichen; Ihr Text hat ${input.text.length}. Längere Ausführungen können Sie als PDF anhängen.`,
        en: `At most ${max} characters; your text has ${input.text.length}. Attach longer texts as a PDF.`,
      });
    }
    if (input.attachmentIds.length > this.config.statements.attachmentMaxCount) {
      throw AppError.field('VALIDATION_FAILED', 'attachmentIds', 'arrayMaxSize', {
        de: `Höchstens ${this.config.statements.attachmentMaxCount} Anhänge.`,
        en: `At most ${this.config.statements.attachmentMaxCount} attachments.`,
      });
    }
    const procedure = await this.phaseTargets.fetch(phaseId);
    if (!procedure) throw new AppError('PHASE_NOT_FOUND');
    if (input.topic && !procedure.topics.includes(input.topic)) {
      throw AppError.field('VALIDATION_FAILED', 'topic', 'isIn', {
        de: `Erlaubt sind: ${procedure.topics.join(', ') || '(keine Themen)'}.`,
        en: `Allowed values: ${procedure.topics.join(', ') || '(no topics)'}.`,
      });
    }
    if (
      input.geometry &&
      !withinArea(input.geometry, procedure.area, this.config.statements.areaBufferM)
    ) {
      throw AppError.field('GEOMETRY_OUTSIDE_AREA', 'geometry', 'outsideArea', {
        de: `Der markierte Ort liegt mehr als ${this.config.statements.areaBufferM} m außerhalb des Plangebiets.`,
        en: `The marked location lies more than ${this.config.statements.areaBufferM} m outside the plan area.`,
      });
    }
    return { procedure, phaseTitle: procedure.phase_title };
  }

  /**
   * Submits a statement in one transaction (shared with the other submissions to the same
   * procedure that arrived meanwhile, see runBatch): the idempotency key is claimed, the next
   * reference number taken, and the row inserted only if the phase is open by the database
   * clock at that moment (no check-then-insert race). A refusal rolls its part back, so
   * references stay gapless and a retry with the same key is answered exactly as before.
   */
  async submit(
    phaseId: string,
    dto: SubmitStatementDto,
    idempotencyKey: string | undefined,
    user: SessionUser | undefined,
    origin: string,
  ): Promise<SubmitResult> {
    return this.record(
      {
        phaseId,
        text: dto.text,
        geometry: dto.geometry,
        topic: dto.topic,
        submitter: dto.submitter,
        attachmentIds: dto.attachmentIds ?? [],
        userId: user?.id ?? null,
        channel: 'platform',
      },
      idempotencyKey
        ? { key: `${phaseId}:${idempotencyKey}`, hash: sha256(JSON.stringify(dto)) }
        : undefined,
      origin,
    );
  }

  /** Staff record a statement that arrived otherwise; late ones are kept and marked, never refused. */
  async intake(
    actor: SessionUser,
    procedureId: string,
    dto: IntakeStatementDto,
    origin: string,
  ): Promise<ReceiptDto> {
    const rows = await this.dataSource.query<{ procedure_id: string }[]>(
      `SELECT procedure_id FROM phases WHERE id = $1`,
      [dto.phaseId],
    );
    if (!rows[0] || rows[0].procedure_id !== procedureId) {
      throw AppError.field('PHASE_NOT_FOUND', 'phaseId', 'notInProcedure', {
        de: 'Diese Phase gehört nicht zu diesem Verfahren.',
        en: 'This phase does not belong to this procedure.',
      });
    }
    const result = await this.record(
      {
        phaseId: dto.phaseId,
        text: dto.text,
        geometry: dto.geometry,
        topic: dto.topic,
        submitter: dto.submitter,
        attachmentIds: [],
        userId: null,
        channel: dto.channel,
        receivedAt: new Date(dto.receivedAt),
        recordedBy: actor.id,
      },
      undefined,
      origin,
    );
    return result.body;
  }

  private async record(
    input: Submission,
    idempotency: { key: string; hash: string } | undefined,
    origin: string,
  ): Promise<SubmitResult> {
    const { procedure, phaseTitle } = await this.prepare(input.phaseId, input);
    // Everything that needs no lock is done; the numbering waits for this procedure's next batch.
    return this.batcher.submit(procedure.id, { input, idempotency, origin, procedure, phaseTitle });
  }

  /**
   * One batch of submissions to one procedure (group commit: the counter row is locked and the
   * commit flushed once for all of them instead of once each). Members that can only be refused
   * for their phase (no attachment to bind, no mail) are numbered by ONE statement that commits
   * by itself (numberTogether); the others, and all of them should that statement fail, in one
   * transaction with a savepoint each (numberOneByOne). Each part answers only its own members:
   * a member is told it succeeded exactly when its part committed.
   * Numbers follow arrival order within each part; the shared part is numbered first.
   */
  private async runBatch(members: BatchMember[]): Promise<Outcome<SubmitResult>[]> {
    const outcomes: (Outcome<SubmitResult> | undefined)[] = members.map(() => undefined);
    const together = members.flatMap((m, i) =>
      m.input.attachmentIds.length === 0 && this.draftMailTo(m) === null ? [i] : [],
    );
    if (together.length > 0) {
      // A failure here is not the refusal of one member (those are answered): its members go
      // the careful way below, which says why if it fails again.
      const answers = await this.numberTogether(together.map((i) => members[i])).catch(
        () => undefined,
      );
      answers?.forEach((answer, k) => (outcomes[together[k]] = answer));
    }
    const rest = members.flatMap((_, i) => (outcomes[i] ? [] : [i]));
    for (let from = 0; from < rest.length; from += MAX_SAVEPOINTS) {
      const part = rest.slice(from, from + MAX_SAVEPOINTS);
      const answers = await this.numberOneByOne(part.map((i) => members[i])).catch(
        (error: unknown) => part.map((): Outcome<SubmitResult> => ({ ok: false, error })),
      );
      answers.forEach((answer, k) => (outcomes[part[k]] = answer));
    }
    return outcomes.map((o) => o ?? { ok: false, error: new Error('member not answered') });
  }

  /**
   * Members of a batch as ONE transaction, each in a savepoint of its own. Every guarantee of a
   * single submission holds per member:
   * - Its idempotency key is claimed before any number is taken. All keys are claimed in one
   *   statement, in key order, so two batches (on two instances) that share a key cannot
   *   deadlock: each takes keys in the same order, and the counter only after its keys. A key
   *   that is already stored answers its member from the stored receipt; the batcher never puts
   *   two members with one key into one batch.
   * - Its numbering, rows, feed event and mail run inside a savepoint. Its own refusal
   *   (PHASE_CLOSED, an unknown attachment, …) rolls back to the savepoint, so it costs no
   *   number and leaves the others untouched; its key is then deleted again.
   * - The phase is checked by the database clock, now() = the start of this transaction,
   *   which is after every member arrived, and that is also the receipt time it is told.
   * - Nobody is answered before the COMMIT: if it fails, this throws and every member fails,
   *   nothing was stored, and a retry with the same key starts afresh.
   */
  private numberOneByOne(members: BatchMember[]): Promise<Outcome<SubmitResult>[]> {
    return this.dataSource.transaction(async (manager) => {
      const outcomes: (Outcome<SubmitResult> | undefined)[] = members.map(() => undefined);
      const keyed = members.flatMap((m) => (m.idempotency ? [m.idempotency] : []));
      const [{ now, claimed }] = rowsOf<{ now: Date; claimed: string[] }>(
        await manager.query(
          `WITH claimed AS (
             INSERT INTO idempotency_keys (key, request_hash)
             SELECT k.key, k.hash FROM unnest($1::varchar[], $2::varchar[]) AS k(key, hash) ORDER BY k.key
             ON CONFLICT (key) DO NOTHING RETURNING key
           )
           SELECT now() AS now, coalesce((SELECT array_agg(key) FROM claimed), '{}') AS claimed`,
          [keyed.map((k) => k.key), keyed.map((k) => k.hash)],
        ),
      );
      const ours = new Set(claimed);
      const stored = keyed.filter((k) => !ours.has(k.key));
      if (stored.length > 0) {
        // Read after the claim, so that a concurrent first request we waited for is seen.
        const previous = new Map(
          (
            await manager.query<
              {
                key: string;
                request_hash: string;
                status_code: number | null;
                response: ReceiptDto | null;
              }[]
            >(
              `SELECT key, request_hash, status_code, response FROM idempotency_keys WHERE key = ANY($1::varchar[])`,
              [stored.map((k) => k.key)],
            )
          ).map((row) => [row.key, row]),
        );
        members.forEach((m, i) => {
          if (m.idempotency && !ours.has(m.idempotency.key)) {
            outcomes[i] = settle(() => replay(previous.get(m.idempotency!.key), m.idempotency!));
          }
        });
      }
      const released: string[] = [];
      let inSavepoint = false;
      for (const [i, member] of members.entries()) {
        if (outcomes[i]) continue;
        // One round trip: keep the previous member's work (RELEASE merges it into the
        // transaction; after a rollback the savepoint is empty) and open this member's own.
        await manager.query(
          inSavepoint ? 'RELEASE SAVEPOINT member; SAVEPOINT member' : 'SAVEPOINT member',
        );
        inSavepoint = true;
        try {
          outcomes[i] = { ok: true, value: await this.number(manager, member, now) };
        } catch (error) {
          await rollbackTo(manager, 'member', error);
          outcomes[i] = { ok: false, error };
          if (member.idempotency) released.push(member.idempotency.key);
        }
      }
      if (released.length > 0) {
        await manager.query(`DELETE FROM idempotency_keys WHERE key = ANY($1::varchar[])`, [
          released,
        ]);
      }
      // COMMIT (by TypeORM, on return) also releases the last savepoint.
      return outcomes.map((o) => o ?? { ok: false, error: new Error('member not answered') });
    });
  }

  /**
   * Numbers and stores members that can only be refused for the phase (no attachment to bind,
   * no mail) in ONE statement that commits by itself: the same steps as `number`, for all of
   * them at once, so the batch costs one round trip. Its own clock, now() at its start, is the
   * one the phases are checked by and the receipt time of every member.
   * - A member whose key is already stored is answered from it (a retry); the others' keys are
   *   stored with their receipts. A key that a concurrent transaction stores meanwhile makes
   *   the statement fail on the unique key, and runBatch then takes the members the careful
   *   way, which answers the retry from that transaction's receipt.
   * - A member whose phase is not open gets no number (numbers are counted over the accepted
   *   ones only) and is answered with its refusal; the others are numbered in arrival order.
   * - Should the statement fail, nothing of it is stored (runBatch goes on as said).
   */
  private async numberTogether(members: BatchMember[]): Promise<Outcome<SubmitResult>[]> {
    const drafts = members.map((m) => this.draft(m, null));
    const column = <V>(value: (m: BatchMember, i: number) => V) => members.map(value);
    const rows = rowsOf<{
      ord: number;
      number: string | null;
      publication_status: string | null;
      received_at: string | null;
      request_hash: string | null;
      status_code: number | null;
      response: ReceiptDto | null;
    }>(
      await this.dataSource.query(
        `WITH m AS (
           SELECT * FROM unnest($1::uuid[], $2::boolean[], $3::timestamptz[], $4::uuid[], $5::text[], $6::jsonb[],
                                $7::point[], $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[], $12::uuid[],
                                $13::uuid[], $14::varchar[], $15::varchar[], $16::varchar[], $17::varchar[], $18::varchar[],
                                $19::varchar[], $20::text[], $21::text[], $22::text[], $23::text[], $24::varchar[],
                                $27::varchar[], $28::text[], $29::text[])
             WITH ORDINALITY AS m(phase_id, staff, received_at, id, text, geometry, point, topic, channel, submitter_type,
                                  token_hash, user_id, recorded_by, name, organisation, street, postcode, city, email,
                                  event, receipt, number_marker, status_marker, key, hash, time_marker, berlin_marker, ord)
         ), stored AS (
           SELECT m.ord, k.request_hash, k.status_code, k.response FROM m JOIN idempotency_keys k ON k.key = m.key
         ), accepted AS (
           SELECT m.*, ph.procedure_id, ph.closes_at, ph.moderation_mode, coalesce(m.received_at, now()) AS at,
                  extract(year FROM coalesce(m.received_at, now()) AT TIME ZONE 'Europe/Berlin')::int AS year
           FROM m JOIN phases ph ON ph.id = m.phase_id AND (m.staff OR ${phaseOpenSql('ph')})
                                    AND ${procedurePublishedSql('ph')}
           WHERE NOT EXISTS (SELECT 1 FROM stored WHERE stored.ord = m.ord)
         ), counter AS (
           INSERT INTO statement_counters (procedure_id, year, last)
           SELECT procedure_id, year, count(*) FROM accepted GROUP BY procedure_id, year
           ON CONFLICT (procedure_id, year) DO UPDATE SET last = statement_counters.last + excluded.last
           RETURNING procedure_id, year, last
         ), numbered AS (
           SELECT a.*, c.last - count(*) OVER p + row_number() OVER (p ORDER BY a.ord) AS seq
           FROM accepted a JOIN counter c ON c.procedure_id = a.procedure_id AND c.year = a.year
           WINDOW p AS (PARTITION BY a.procedure_id, a.year)
         ), f AS (
           SELECT n.*, ${referenceNumberSql('n.year', 'n.seq')} AS number,
                  ${initialPublicationStatusSql('n.channel', 'n.moderation_mode')} AS publication_status,
                  to_char(n.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at_iso
           FROM numbered n
         ), statement AS (
           INSERT INTO statements (id, procedure_id, phase_id, reference, year, sequence, text, geometry, point, topic,
                                   channel, late, received_at, publication_status, submitter_type, status_token_hash,
                                   user_id, recorded_by)
           SELECT id, procedure_id, phase_id, $25::varchar || '/' || number, year, seq, text, geometry, point, topic,
                  channel, at >= closes_at, at, publication_status, submitter_type, token_hash, user_id, recorded_by
           FROM f ORDER BY ord
           RETURNING id
         ), submitter AS (
           INSERT INTO statement_submitters (statement_id, name, organisation, street, postcode, city, email)
           SELECT f.id, f.name, f.organisation, f.street, f.postcode, f.city, f.email
           FROM f JOIN statement s ON s.id = f.id WHERE f.submitter_type = 'named'
         ), feed AS (
           SELECT pg_notify($26::text, replace(replace(f.event, f.number_marker, f.number), f.status_marker, f.publication_status))
           FROM f JOIN statement s ON s.id = f.id WHERE f.publication_status IN ('pending', 'published')
         ), receipt AS (
           INSERT INTO idempotency_keys (key, request_hash, status_code, response)
           SELECT f.key, f.hash, 201,
                  replace(replace(replace(replace(f.receipt, f.number_marker, f.number), f.status_marker, f.publication_status),
                                  f.time_marker, f.at_iso), f.berlin_marker, '')::jsonb
           FROM f JOIN statement s ON s.id = f.id WHERE f.key IS NOT NULL
         )
         SELECT f.ord::int AS ord, f.number, f.publication_status, f.at_iso AS received_at,
                NULL AS request_hash, NULL::int AS status_code, NULL::jsonb AS response,
                (SELECT count(*)::int FROM feed) AS notified
         FROM f JOIN statement s ON s.id = f.id
         UNION ALL
         SELECT stored.ord::int, NULL, NULL, NULL, stored.request_hash, stored.status_code, stored.response, 0
         FROM stored`,
        [
          column((m) => m.input.phaseId),
          column((m) => m.input.receivedAt !== undefined),
          column((m) => m.input.receivedAt ?? null),
          column((_, i) => drafts[i].id),
          column((m) => m.input.text),
          column((m) => (m.input.geometry ? JSON.stringify(m.input.geometry) : null)),
          column((_, i) => {
            const point = drafts[i].point;
            return point ? `(${point[0]},${point[1]})` : null;
          }),
          column((m) => m.input.topic ?? null),
          column((m) => m.input.channel),
          column((m) => m.input.submitter.type),
          column((_, i) => sha256(drafts[i].token)),
          column((m) => m.input.userId),
          column((m) => m.input.recordedBy ?? null),
          column((m) => m.input.submitter.name ?? ''),
          column((m) => m.input.submitter.organisation ?? ''),
          column((m) => m.input.submitter.street ?? ''),
          column((m) => m.input.submitter.postcode ?? ''),
          column((m) => m.input.submitter.city ?? ''),
          column((m) => m.input.submitter.email?.toLowerCase() ?? null),
          column((_, i) => drafts[i].event),
          column((_, i) => drafts[i].receipt),
          column((_, i) => drafts[i].number),
          column((_, i) => drafts[i].status),
          column((m) => m.idempotency?.key ?? null),
          members[0].procedure.reference,
          MODERATION_CHANNEL,
          column((m) => m.idempotency?.hash ?? null),
          column((_, i) => drafts[i].time),
          column((_, i) => drafts[i].berlinTime),
        ],
      ),
    );
    const answered = new Map(rows.map((r) => [r.ord - 1, r]));
    const outcomes: Outcome<SubmitResult>[] = [];
    for (const [i, member] of members.entries()) {
      const row = answered.get(i);
      if (row?.number && row.publication_status) {
        outcomes.push({
          ok: true,
          value: fillReceipt(drafts[i], {
            ...row,
            number: row.number,
            publication_status: row.publication_status,
          }),
        });
      } else if (row && member.idempotency) {
        outcomes.push(
          settle(() => replay(row as Parameters<typeof replay>[0], member.idempotency!)),
        );
      } else {
        // Read-only and throws: a refusal that left nothing behind.
        outcomes.push(
          await this.refuseClosed(this.dataSource.manager, member.input.phaseId).catch(
            (error: unknown): Outcome<SubmitResult> => ({ ok: false, error }),
          ),
        );
      }
    }
    return outcomes;
  }

  private draftMailTo(member: BatchMember): string | null {
    const s = member.input.submitter;
    return s.type === 'named' && s.email ? s.email : null;
  }

  /**
   * What a member needs before its number is known: its receipt, feed event and row values,
   * with markers where the number and publication status go (filled in by SQL).
   */
  private draft(member: BatchMember, now: Date | null) {
    const { input, origin, procedure } = member;
    const token = randomBytes(24).toString('base64url');
    const id = randomUUID();
    // The receipt, mail and feed event are written before the reference number is known, with
    // markers in its place that the numbering statement fills in: all that needs the counter is
    // then one statement per member and the batch's commit. The markers are random (and survive
    // encodeURIComponent), so no submitted text can contain them.
    const marker = () => `~${randomBytes(8).toString('hex')}~`;
    const number = marker();
    const status = marker();
    const receivedAt = input.receivedAt ?? now;
    // Without `now` the receipt time, too, is the numbering statement's: marked like the number.
    const time = now ? undefined : marker();
    const berlinTime = now ? undefined : marker();
    const reference = `${procedure.reference}/${number}`;
    const mailTo = this.draftMailTo(member);
    const query = `?ref=${encodeURIComponent(reference)}&token=${token}`;
    const base = this.config.publicUrl ?? origin;
    const receipt = JSON.stringify({
      id,
      reference,
      receivedAt: receivedAt ? receivedAt.toISOString() : time,
      receivedAtBerlin: receivedAt ? berlinDateTime(receivedAt) : berlinTime,
      publicationStatus: status,
      statusUrl: `/stellungnahmen/status${query}`,
      receiptUrl: `/api/statements/receipt.pdf${query.replace('?ref=', '?reference=')}`,
      mailed: mailTo !== null,
    });
    const event = JSON.stringify({
      type: 'statement.received',
      statementId: id,
      procedureId: procedure.id,
      reference,
      publicationStatus: status,
    } satisfies ModerationEvent);
    const point = input.geometry ? representativePoint(input.geometry) : null;
    return {
      token,
      id,
      number,
      status,
      time,
      berlinTime,
      reference,
      mailTo,
      query,
      base,
      receipt,
      event,
      point,
    };
  }

  /**
   * Numbers and stores one member inside its batch's transaction; throws its refusal. `now` is
   * the transaction's clock, the same that the insert below checks and records.
   */
  private async number(
    manager: EntityManager,
    member: BatchMember,
    now: Date,
  ): Promise<SubmitResult> {
    const { input, idempotency, procedure, phaseTitle } = member;
    const { token, id, number, status, reference, mailTo, query, base, receipt, event, point } =
      this.draft(member, now);
    const receivedAt = input.receivedAt ?? now;
    const staff = input.receivedAt !== undefined;
    const s = input.submitter;
    const mail = mailTo
      ? {
          to: mailTo,
          template: 'statements.receipt',
          subject: `Eingangsbestätigung ${reference} – ${procedure.title}`,
          text:
            `Guten Tag${s.name ? ` ${s.name}` : ''},\n\nIhre Stellungnahme zum Verfahren „${procedure.title}“ (${phaseTitle}) ist am ${berlinDateTime(receivedAt)} eingegangen.\n\nAktenzeichen: ${reference}\n\nDen Stand der Bearbeitung sehen Sie hier:\n${base}/stellungnahmen/status${query}\n\nIhr Text:\n\n${input.text}\n\n---\n\nYour statement on "${procedure.title}" was received on ${berlinDateTime(receivedAt, 'en')} (reference ${reference}). Follow its status: ${base}/stellungnahmen/status${query}` +
            '\n\n-- \nMitplanen – Online-Beteiligung',
        }
      : null;
    // One statement: the next number (taken only if the phase is open by the database clock
    // at this moment; staff may record at any time, and a statement received after the end
    // is marked late), the statement, its submitter and attachments, the feed event (sent on
    // commit), the numbered mail queued in the outbox (NotificationsService.queueSql) and the
    // receipt kept for retries. A refusal below rolls it all back, so references stay gapless.
    const [row] = rowsOf<{ publication_status: string; number: string; bound: number }>(
      await manager.query(
        `WITH phase AS (
           SELECT ph.id, ph.procedure_id, ph.closes_at, ph.moderation_mode FROM phases ph
           WHERE ph.id = $1 AND ($2::boolean OR ${phaseOpenSql('ph')}) AND ${procedurePublishedSql('ph')}
         ), counter AS (
           INSERT INTO statement_counters (procedure_id, year, last)
           SELECT procedure_id, extract(year FROM coalesce($3::timestamptz, now()) AT TIME ZONE 'Europe/Berlin')::int, 1
           FROM phase
           ON CONFLICT (procedure_id, year) DO UPDATE SET last = statement_counters.last + 1
           RETURNING year, last, ${referenceNumberSql('year', 'last')} AS number
         ), statement AS (
           INSERT INTO statements (id, procedure_id, phase_id, reference, year, sequence, text, geometry, point, topic,
                                   channel, late, received_at, publication_status, submitter_type, status_token_hash,
                                   user_id, recorded_by)
           SELECT $4::uuid, phase.procedure_id, phase.id, $5::varchar || '/' || counter.number, counter.year, counter.last,
                  $6::text, $7::jsonb, $8::point, $9::varchar, $10::varchar,
                  coalesce($3::timestamptz, now()) >= phase.closes_at, coalesce($3::timestamptz, now()),
                  ${initialPublicationStatusSql('$10::varchar', 'phase.moderation_mode')},
                  $11::varchar, $12::varchar, $13::uuid, $14::uuid
           FROM phase, counter
           RETURNING id, publication_status
         ), submitter AS (
           INSERT INTO statement_submitters (statement_id, name, organisation, street, postcode, city, email)
           SELECT id, $15::varchar, $16::varchar, $17::varchar, $18::varchar, $19::varchar, $20::varchar
           FROM statement WHERE $11::varchar = 'named'
         ), attachments AS (
           UPDATE statement_attachments a SET statement_id = statement.id FROM statement
           WHERE a.id = ANY($21::uuid[]) AND a.statement_id IS NULL AND a.phase_id = $1 RETURNING a.id
         ), feed AS (
           SELECT pg_notify($22::text, replace(replace($23::text, $24::text, counter.number), $25::text, statement.publication_status))
           FROM statement, counter WHERE statement.publication_status IN ('pending', 'published')
         ), mail AS (
           ${this.notifications.queueSql(mail, {
             template: '$29::varchar',
             to: '$26::varchar',
             subject: 'replace($30::text, $24::text, counter.number)',
             text: 'replace($31::text, $24::text, counter.number)',
             from: 'counter WHERE $26::varchar IS NOT NULL',
           })}
         ), receipt AS (
           UPDATE idempotency_keys k
           SET status_code = 201,
               response = replace(replace($27::text, $24::text, counter.number), $25::text, statement.publication_status)::jsonb
           FROM counter, statement WHERE k.key = $28::varchar
         )
         SELECT statement.publication_status, counter.number,
                (SELECT count(*)::int FROM attachments) AS bound, (SELECT count(*)::int FROM feed) AS notified
         FROM statement, counter`,
        [
          input.phaseId,
          staff,
          input.receivedAt ?? null,
          id,
          procedure.reference,
          input.text,
          input.geometry ? JSON.stringify(input.geometry) : null,
          point ? `(${point[0]},${point[1]})` : null,
          input.topic ?? null,
          input.channel,
          s.type,
          sha256(token),
          input.userId,
          input.recordedBy ?? null,
          s.name ?? '',
          s.organisation ?? '',
          s.street ?? '',
          s.postcode ?? '',
          s.city ?? '',
          s.email?.toLowerCase() ?? null,
          input.attachmentIds,
          MODERATION_CHANNEL,
          event,
          number,
          status,
          mail?.to ?? null,
          receipt,
          idempotency?.key ?? null,
          mail?.template ?? null,
          mail?.subject ?? null,
          mail?.text ?? null,
        ],
      ),
    );
    if (!row) await this.refuseClosed(manager, input.phaseId);
    if (row.bound !== input.attachmentIds.length) {
      throw AppError.field('VALIDATION_FAILED', 'attachmentIds', 'unknown', {
        de: 'Ein Anhang wurde nicht gefunden oder gehört schon zu einer Stellungnahme. Bitte laden Sie ihn neu hoch.',
        en: 'An attachment was not found or already belongs to a statement. Please upload it again.',
      });
    }
    return fillReceipt({ receipt, number, status }, row);
  }

  /** Why a member was not numbered: its procedure is no longer published, or its phase not open. */
  private async refuseClosed(manager: EntityManager, phaseId: string): Promise<never> {
    const [row] = await manager.query<{ upcoming: boolean; published: boolean }[]>(
      `SELECT now() < ph.opens_at AS upcoming, ${procedurePublishedSql('ph')} AS published
       FROM phases ph WHERE ph.id = $1`,
      [phaseId],
    );
    if (!row?.published) throw new AppError('PHASE_NOT_FOUND');
    throw new AppError(row.upcoming ? 'PHASE_NOT_YET_OPEN' : 'PHASE_CLOSED');
  }

  /** Uploads a file for a statement not yet submitted; it is bound when the statement names it. */
  async uploadAttachment(
    phaseId: string,
    file: { originalname: string; buffer: Buffer; size: number } | undefined,
  ): Promise<AttachmentDto> {
    if (!file || file.size === 0) {
      throw AppError.field('VALIDATION_FAILED', 'file', 'isNotEmpty', {
        de: 'Bitte wählen Sie eine Datei aus.',
        en: 'Please choose a file.',
      });
    }
    const [phase] = await this.dataSource.query<{ open: boolean }[]>(
      `SELECT ${phaseOpenSql('phases')} AS open FROM phases WHERE id = $1`,
      [phaseId],
    );
    if (!phase) throw new AppError('PHASE_NOT_FOUND');
    if (!phase.open) throw new AppError('PHASE_CLOSED');
    const mediaType = await detectDocumentType(file.buffer);
    const repo = this.dataSource.getRepository(StatementAttachment);
    const id = randomUUID();
    const attachment = repo.create({
      id,
      phaseId,
      filename: file.originalname.replace(/[\\/\r\n"]/g, '_').slice(0, 255) || 'anhang',
      mediaType,
      size: file.size,
      sha256: sha256(file.buffer),
      storageKey: `attachments/${phaseId}/${id}`,
      statementId: null,
    });
    await this.storage.put(attachment.storageKey, file.buffer);
    await repo.insert(attachment);
    return { id: attachment.id, filename: attachment.filename, mediaType, size: file.size };
  }

  private async byToken(
    reference: string,
    token: string,
  ): Promise<Statement & { procedure_title: string; phase_title: string }> {
    const statement = await this.statements.findOne({
      where: { reference },
      relations: { procedure: true, phase: true },
    });
    if (!statement || statement.statusTokenHash !== sha256(token))
      throw new AppError('STATEMENT_NOT_FOUND');
    return Object.assign(statement, {
      procedure_title: statement.procedure?.title ?? '',
      phase_title: statement.phase?.title ?? '',
    });
  }

  /** The submitter's private view: both states of DOMAIN.md §2. */
  async status(reference: string, token: string): Promise<StatementStatusDto> {
    const s = await this.byToken(reference, token);
    return {
      reference: s.reference,
      procedureTitle: s.procedure_title,
      receivedAt: s.receivedAt.toISOString(),
      receivedAtBerlin: berlinDateTime(s.receivedAt),
      processingStatus: s.processingStatus,
      publicationStatus: s.publicationStatus,
      channel: s.channel,
      late: s.late,
      text: s.text,
      topic: s.topic,
    };
  }

  async receiptPdf(reference: string, token: string): Promise<Buffer> {
    const s = await this.byToken(reference, token);
    return renderReceiptPdf({
      reference: s.reference,
      procedureTitle: s.procedure_title,
      phaseTitle: s.phase_title,
      receivedAt: s.receivedAt,
      text: s.text,
      topic: s.topic,
      hasLocation: s.geometry !== null,
    });
  }

  private async assertPublicProcedure(procedureId: string): Promise<void> {
    const procedure = await this.procedures.findById(procedureId);
    if (!procedure || (procedure.status !== 'published' && procedure.status !== 'archived')) {
      throw new AppError('PROCEDURE_NOT_FOUND');
    }
  }

  /** Published statements, oldest first, keyset-paginated. */
  async listPublic(
    procedureId: string,
    query: ListStatementsQuery,
  ): Promise<PublicStatementListDto> {
    await this.assertPublicProcedure(procedureId);
    const limit = query.limit ?? 50;
    const params: unknown[] = [procedureId];
    // Rejected statements stay in the list as placeholders: the public sees that something was
    // said and withheld, never what (DOMAIN.md §3).
    const where = [`s.procedure_id = $1`, `s.publication_status IN ('published', 'rejected')`];
    if (query.topic) {
      params.push(query.topic);
      where.push(`s.topic = $${params.length}`);
    }
    if (query.bbox) {
      params.push(`(${query.bbox[0]},${query.bbox[1]}),(${query.bbox[2]},${query.bbox[3]})`);
      where.push(`s.point <@ $${params.length}::box`);
    }
    if (query.after) {
      const { at, id } = decodeCursor(query.after);
      params.push(at, id);
      where.push(
        `(s.received_at, s.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<
      {
        id: string;
        reference: string;
        hidden: boolean;
        text: string;
        topic: string | null;
        geometry: PublicStatementDto['geometry'];
        received_at: Date;
        cursor_at: string;
        phase_id: string;
      }[]
    >(
      `SELECT s.id, s.reference, s.publication_status = 'rejected' AS hidden, ${CURSOR_AT_SQL} AS cursor_at,
              CASE WHEN s.publication_status = 'rejected' THEN '' ELSE ${PUBLIC_TEXT} END AS text,
              s.topic, CASE WHEN s.publication_status = 'rejected' THEN NULL ELSE s.geometry END AS geometry,
              s.received_at, s.phase_id
       FROM statements s WHERE ${where.join(' AND ')}
       ORDER BY s.received_at, s.id LIMIT $${params.length}`,
      params,
    );
    const { page, nextCursor } = keysetPage(rows, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        reference: r.reference,
        hidden: r.hidden,
        text: r.text,
        topic: r.topic,
        geometry: r.geometry,
        receivedAt: new Date(r.received_at).toISOString(),
        phaseId: r.phase_id,
      })),
      nextCursor,
    };
  }

  /**
   * The public map: clusters on a grid at low zoom, single features from zoom 15, both
   * answered from the GiST index on the representative point.
   */
  async map(procedureId: string, query: MapQuery): Promise<StatementMapDto> {
    await this.assertPublicProcedure(procedureId);
    const box = `(${query.bbox[0]},${query.bbox[1]}),(${query.bbox[2]},${query.bbox[3]})`;
    const params: unknown[] = [procedureId, box];
    let topicFilter = '';
    if (query.topic) {
      params.push(query.topic);
      topicFilter = `AND s.topic = $3`;
    }
    const where = `s.procedure_id = $1 AND s.publication_status = 'published' AND s.point <@ $2::box ${topicFilter}`;
    if (query.zoom >= 15) {
      const rows = await this.dataSource.query<
        {
          id: string;
          reference: string;
          x: number;
          y: number;
          topic: string | null;
          excerpt: string;
        }[]
      >(
        `SELECT s.id, s.reference, s.point[0] AS x, s.point[1] AS y, s.topic, left(${PUBLIC_TEXT}, 200) AS excerpt
         FROM statements s WHERE ${where} ORDER BY s.received_at LIMIT 5000`,
        params,
      );
      return {
        mode: 'features',
        clusters: [],
        features: rows.map((r) => ({
          id: r.id,
          reference: r.reference,
          position: [r.x, r.y],
          topic: r.topic,
          excerpt: r.excerpt,
        })),
        total: rows.length,
      };
    }
    // A cell of about 64 screen pixels at this zoom (256-pixel tiles).
    const cell = 360 / 2 ** query.zoom / 4;
    params.push(cell);
    const cellParam = `$${params.length}::float8`;
    const rows = await this.dataSource.query<{ count: string; x: number; y: number }[]>(
      `SELECT count(*) AS count, avg(s.point[0]) AS x, avg(s.point[1]) AS y
       FROM statements s WHERE ${where}
       GROUP BY floor(s.point[0] / ${cellParam}), floor(s.point[1] / ${cellParam})`,
      params,
    );
    const clusters = rows.map((r) => ({
      position: [Number(r.x), Number(r.y)] as [number, number],
      count: Number(r.count),
    }));
    return {
      mode: 'clusters',
      clusters,
      features: [],
      total: clusters.reduce((n, c) => n + c.count, 0),
    };
  }

  /** RFC 7946 FeatureCollection of published statements, streamed in batches (constant memory). */
  async streamGeoJson(procedureId: string, response: Response): Promise<void> {
    await this.assertPublicProcedure(procedureId);
    response.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="stellungnahmen.geojson"');
    response.write('{"type":"FeatureCollection","features":[');
    // The position to the microsecond (CURSOR_AT_SQL): statements numbered in one batch share
    // their receipt time, and a millisecond cursor would send them again.
    let after: { at: string; id: string } | null = null;
    let first = true;
    for (;;) {
      const rows: {
        id: string;
        reference: string;
        text: string;
        topic: string | null;
        geometry: unknown;
        received_at: Date;
        cursor_at: string;
      }[] = await this.dataSource.query(
        `SELECT s.id, s.reference, ${PUBLIC_TEXT} AS text, s.topic, s.geometry, s.received_at,
                ${CURSOR_AT_SQL} AS cursor_at
           FROM statements s
           WHERE s.procedure_id = $1 AND s.publication_status = 'published'
             AND ($2::timestamptz IS NULL OR (s.received_at, s.id) > ($2::timestamptz, $3::uuid))
           ORDER BY s.received_at, s.id LIMIT 1000`,
        [procedureId, after?.at ?? null, after?.id ?? null],
      );
      if (rows.length === 0) break;
      const chunk = rows
        .map((r) => {
          const feature = {
            type: 'Feature',
            id: r.id,
            geometry: r.geometry,
            properties: {
              reference: r.reference,
              text: r.text,
              topic: r.topic,
              receivedAt: new Date(r.received_at).toISOString(),
            },
          };
          const json = JSON.stringify(feature);
          const out = first ? json : `,${json}`;
          first = false;
          return out;
        })
        .join('');
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
      const last = rows[rows.length - 1];
      after = { at: last.cursor_at, id: last.id };
      if (rows.length < 1000) break;
    }
    response.end(']}');
  }
}
