import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { KeyedBatcher, type Outcome } from '../../common/keyed-batcher.js';
import { AppConfig } from '../../config/app-config.js';
import { representativePoint, type StatementGeometry } from '../../geo/statement-geometry.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import type { SubmitterDto } from '../dto/submit-statement.dto.js';
import { RECEIPT_MAIL, type ReceiptMailParams } from '../receipts/receipt-mail.js';
import { receiptOf } from '../receipts/receipt.js';
import type { Channel } from '../statement.types.js';
import { replay, sha256, type IdempotencyClaim, type SubmitResult } from './idempotency.js';
import {
  IntakeRepository,
  type NumberedRow,
  type PhaseTarget,
  type QueuedMail,
} from './intake.repository.js';
import type { NumberingMember } from './numbering.sql.js';

/** A statement as submitted, after the checks that need no lock. */
export interface Submission {
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

/** A submission that waits to be numbered in its procedure's next batch. */
export interface BatchMember {
  input: Submission;
  idempotency: IdempotencyClaim | undefined;
  /** Origin of the links in the receipt mail when PUBLIC_URL is not set. */
  origin: string;
  procedure: PhaseTarget;
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

const unanswered = (): Outcome<SubmitResult> => ({
  ok: false,
  error: new Error('member not answered'),
});

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

/** A member as the numbering statement takes it, with a fresh id and status token. */
function numberingMember(member: BatchMember): NumberingMember {
  const { input, idempotency } = member;
  const s = input.submitter;
  const point = input.geometry ? representativePoint(input.geometry) : null;
  const token = randomBytes(24).toString('base64url');
  return {
    id: randomUUID(),
    phase_id: input.phaseId,
    staff: input.receivedAt !== undefined,
    received_at: input.receivedAt ?? null,
    text: input.text,
    geometry: input.geometry ? JSON.stringify(input.geometry) : null,
    point: point ? `(${point[0]},${point[1]})` : null,
    topic: input.topic ?? null,
    channel: input.channel,
    submitter_type: s.type,
    token,
    token_hash: sha256(token),
    user_id: input.userId,
    recorded_by: input.recordedBy ?? null,
    name: s.name ?? '',
    organisation: s.organisation ?? '',
    street: s.street ?? '',
    postcode: s.postcode ?? '',
    city: s.city ?? '',
    email: s.email?.toLowerCase() ?? null,
    key: idempotency?.key ?? null,
    hash: idempotency?.hash ?? null,
  };
}

function mailTo(member: BatchMember): string | null {
  const s = member.input.submitter;
  return s.type === 'named' && s.email ? s.email : null;
}

function answer(member: BatchMember, values: NumberingMember, row: NumberedRow): SubmitResult {
  const body = receiptOf({
    id: row.id,
    reference: `${member.procedure.reference}/${row.number}`,
    receivedAt: row.received_at,
    publicationStatus: row.publication_status,
    token: values.token,
    mailed: mailTo(member) !== null,
  });
  return { status: 201, body, replayed: false };
}

/**
 * Group commit of submissions, per procedure (ADR 0004): the counter row is locked and the
 * commit flushed once for a batch instead of once per statement. A provider of its own, so that
 * tests can replace it through Nest's testing module (`overrideProvider`).
 */
@Injectable()
export class StatementBatcher {
  private readonly batcher = new KeyedBatcher<BatchMember, SubmitResult>(
    (_procedureId, members) => this.runBatch(members),
    { maxSize: MAX_BATCH_SIZE, exclusiveKey: (m) => m.idempotency?.key },
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IntakeRepository,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /** Numbers the member in its procedure's next batch; resolves with its own answer. */
  submit(member: BatchMember): Promise<SubmitResult> {
    return this.batcher.submit(member.procedure.id, member);
  }

  /** How many submissions to this procedure wait for the next batch. */
  waiting(procedureId: string): number {
    return this.batcher.waiting(procedureId);
  }

  /**
   * One batch of submissions to one procedure. Members that can only be refused for their
   * phase (no attachment to bind, no mail) are numbered by ONE statement that commits by itself
   * (numberTogether); the others, and all of them should that statement fail, in one
   * transaction with a savepoint each (numberOneByOne). Each part answers only its own members:
   * a member is told it succeeded exactly when its part committed.
   * Numbers follow arrival order within each part; the shared part is numbered first.
   */
  protected async runBatch(members: BatchMember[]): Promise<Outcome<SubmitResult>[]> {
    const outcomes: (Outcome<SubmitResult> | undefined)[] = members.map(() => undefined);
    const together = members.flatMap((m, i) =>
      m.input.attachmentIds.length === 0 && mailTo(m) === null ? [i] : [],
    );
    if (together.length > 0) {
      // A failure here is not the refusal of one member (those are answered): its members go
      // the careful way below, which says why if it fails again.
      const answers = await this.numberTogether(together.map((i) => members[i])).catch(
        () => undefined,
      );
      answers?.forEach((a, k) => (outcomes[together[k]] = a));
    }
    const rest = members.flatMap((_, i) => (outcomes[i] ? [] : [i]));
    for (let from = 0; from < rest.length; from += MAX_SAVEPOINTS) {
      const part = rest.slice(from, from + MAX_SAVEPOINTS);
      const answers = await this.numberOneByOne(part.map((i) => members[i])).catch(
        (error: unknown) => part.map((): Outcome<SubmitResult> => ({ ok: false, error })),
      );
      answers.forEach((a, k) => (outcomes[part[k]] = a));
    }
    return outcomes.map((o) => o ?? unanswered());
  }

  /**
   * Members of a batch as ONE transaction, each in a savepoint of its own. Every guarantee of a
   * single submission holds per member:
   * - Its idempotency key is claimed before any number is taken, all in one statement in key
   *   order (IntakeRepository.claimKeys), and the counter only after the keys, so two batches
   *   (on two instances) that share a key cannot deadlock. A key that is already stored answers
   *   its member from the stored statement; the batcher never puts two members with one key
   *   into one batch.
   * - Its numbering, rows, event and mail are one statement inside a savepoint. Its own refusal
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
      const ours = await this.repository.claimKeys(manager, keyed);
      const stored = keyed.filter((k) => !ours.has(k.key)).map((k) => k.key);
      if (stored.length > 0) {
        // Read after the claim, so that a concurrent first request we waited for is seen.
        const previous = await this.repository.storedKeys(manager, stored);
        members.forEach((m, i) => {
          const claim = m.idempotency;
          if (claim && !ours.has(claim.key)) {
            outcomes[i] = settle(() => replay(previous.get(claim.key), claim));
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
          outcomes[i] = { ok: true, value: await this.numberOne(manager, member) };
        } catch (error) {
          await rollbackTo(manager, 'member', error);
          outcomes[i] = { ok: false, error };
          if (member.idempotency) released.push(member.idempotency.key);
        }
      }
      if (released.length > 0) await this.repository.releaseKeys(manager, released);
      // COMMIT (by TypeORM, on return) also releases the last savepoint.
      return outcomes.map((o) => o ?? unanswered());
    });
  }

  /**
   * Numbers and stores members that can only be refused for the phase (no attachment to bind,
   * no mail) in ONE statement that commits by itself: the same statement as numberOne's, for
   * all of them at once, so the batch costs one round trip. Its own clock, now() at its start,
   * is the one the phases are checked by and the receipt time of every member.
   * - A member whose key is already stored is left out and answered from it (a retry); the
   *   others' keys are stored with their statements. A key that a concurrent transaction stores
   *   meanwhile makes the statement fail on the unique key, and runBatch then takes the members
   *   the careful way, which answers the retry from that transaction's statement.
   * - A member whose phase is not open gets no number and is answered with its refusal.
   * - Should the statement fail, nothing of it is stored (runBatch goes on as said).
   */
  private async numberTogether(members: BatchMember[]): Promise<Outcome<SubmitResult>[]> {
    const values = members.map(numberingMember);
    const rows = await this.repository.numberBatch(values, members[0].procedure.reference);
    const numbered = new Map(rows.map((r) => [r.ord - 1, r]));
    const left = members.flatMap((m, i) =>
      !numbered.has(i) && m.idempotency ? [m.idempotency.key] : [],
    );
    const stored =
      left.length > 0
        ? await this.repository.storedKeys(this.dataSource.manager, left)
        : new Map<string, never>();
    const outcomes: Outcome<SubmitResult>[] = [];
    for (const [i, member] of members.entries()) {
      const row = numbered.get(i);
      const claim = member.idempotency;
      if (row) {
        outcomes.push({ ok: true, value: answer(member, values[i], row) });
      } else if (claim && stored.has(claim.key)) {
        outcomes.push(settle(() => replay(stored.get(claim.key), claim)));
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

  /** Numbers and stores one member inside its batch's transaction; throws its refusal. */
  private async numberOne(manager: EntityManager, member: BatchMember): Promise<SubmitResult> {
    const { input, procedure, origin } = member;
    const values = numberingMember(member);
    const to = mailTo(member);
    const mail: QueuedMail | null = to
      ? {
          template: RECEIPT_MAIL,
          to,
          params: {
            name: input.submitter.name ?? null,
            procedureTitle: procedure.title,
            phaseTitle: procedure.phase_title,
            text: input.text,
            base: this.config.publicUrl ?? origin,
            token: values.token,
          } satisfies Omit<ReceiptMailParams, 'reference' | 'receivedAt'>,
        }
      : null;
    const row = await this.repository.numberOne(manager, values, procedure.reference, {
      attachmentIds: input.attachmentIds,
      mail,
      mailSql: this.notifications.queueTemplateSql(mail, IntakeRepository.mailSqlParts()),
    });
    if (!row) return this.refuseClosed(manager, input.phaseId);
    if (row.bound !== input.attachmentIds.length) {
      throw AppError.field('VALIDATION_FAILED', 'attachmentIds', 'unknown', {
        de: 'Ein Anhang wurde nicht gefunden oder gehört schon zu einer Stellungnahme. Bitte laden Sie ihn neu hoch.',
        en: 'An attachment was not found or already belongs to a statement. Please upload it again.',
      });
    }
    return answer(member, values, row);
  }

  /** Why a member was not numbered: its procedure is no longer published, or its phase not open. */
  private async refuseClosed(manager: EntityManager, phaseId: string): Promise<never> {
    const row = await this.repository.refusal(manager, phaseId);
    if (!row?.published) throw new AppError('PHASE_NOT_FOUND');
    throw new AppError(row.upcoming ? 'PHASE_NOT_YET_OPEN' : 'PHASE_CLOSED');
  }
}
