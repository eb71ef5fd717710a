import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from '../../database/rows-of.js';
import type { Procedure } from '../../procedures/entities/procedure.entity.js';
import { StatementAttachment } from '../entities/statement-attachment.entity.js';
import type { PublicationStatus } from '../statement.types.js';
import { phaseOpenSql, procedurePublishedSql, receivedAtIsoSql } from './numbering-rules.sql.js';
import {
  numberingParam,
  numberingParams,
  numberingSql,
  type NumberingMember,
} from './numbering.sql.js';

/** What a submission needs to know of its phase and procedure before it is numbered. */
export type PhaseTarget = Pick<Procedure, 'id' | 'reference' | 'title' | 'topics' | 'area'> & {
  phase_title: string;
};

/** A member the numbering statement stored. */
export interface NumberedRow {
  ord: number;
  id: string;
  number: string;
  publication_status: PublicationStatus;
  /** ISO 8601, UTC, milliseconds. */
  received_at: string;
  bound?: number;
}

/** An Idempotency-Key as stored: its request, and the statement it made (null while in flight). */
export interface StoredKey {
  key: string;
  request_hash: string;
  statement_id: string | null;
  status_token: string | null;
  reference: string | null;
  received_at: string | null;
  publication_status: PublicationStatus | null;
  mailed: boolean;
}

/** A receipt mail to queue with the statement that it confirms. */
export interface QueuedMail {
  template: string;
  to: string;
  params: Record<string, unknown>;
}

/**
 * The SQL of intake: statements, their submitters, attachments, counters and Idempotency-Keys
 * are written here and nowhere else (phases and procedures are only read).
 */
@Injectable()
export class IntakeRepository {
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

  constructor(private readonly dataSource: DataSource) {}

  phaseTarget(phaseId: string): Promise<PhaseTarget | undefined> {
    return this.phaseTargets.fetch(phaseId);
  }

  async procedureOfPhase(phaseId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ procedure_id: string }[]>(
      `SELECT procedure_id FROM phases WHERE id = $1`,
      [phaseId],
    );
    return row?.procedure_id;
  }

  /** Whether the phase accepts statements now (undefined: no such phase). */
  /** Whether a phase takes statements now, and whether its procedure is published. */
  async phaseOpen(phaseId: string): Promise<{ open: boolean; published: boolean } | undefined> {
    const [row] = await this.dataSource.query<{ open: boolean; published: boolean }[]>(
      `SELECT ${phaseOpenSql('phases')} AS open, ${procedurePublishedSql('phases')} AS published
       FROM phases WHERE id = $1`,
      [phaseId],
    );
    return row;
  }

  /**
   * Deletes up to `limit` attachments no statement claimed within `hours`; `removeFiles` runs
   * inside the transaction, before the rows go. The rows are claimed `FOR UPDATE SKIP LOCKED`,
   * so two instances sweeping at once never take the same file, and a submission binding one
   * of them meanwhile waits for the lock and then finds it gone.
   */
  async sweepUnclaimed(
    hours: number,
    limit: number,
    removeFiles: (keys: string[]) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; storage_key: string }[]>(
        `SELECT id, storage_key FROM statement_attachments
         WHERE statement_id IS NULL AND created_at < now() - make_interval(hours => $1)
         ORDER BY created_at LIMIT $2
         FOR UPDATE SKIP LOCKED`,
        [hours, limit],
      );
      if (rows.length === 0) return 0;
      await removeFiles(rows.map((r) => r.storage_key));
      await manager.query(`DELETE FROM statement_attachments WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  /** Why a phase took no statement: its procedure is not published, or it is not open yet. */
  async refusal(
    manager: EntityManager,
    phaseId: string,
  ): Promise<{ upcoming: boolean; published: boolean } | undefined> {
    const [row] = await manager.query<{ upcoming: boolean; published: boolean }[]>(
      `SELECT now() < ph.opens_at AS upcoming, ${procedurePublishedSql('ph')} AS published
       FROM phases ph WHERE ph.id = $1`,
      [phaseId],
    );
    return row;
  }

  /** How many unclaimed attachments this client has uploaded to this phase. */
  async unclaimedUploads(phaseId: string, clientKey: string): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM statement_attachments
       WHERE phase_id = $1 AND client_key = $2 AND statement_id IS NULL`,
      [phaseId, clientKey],
    );
    return row.n;
  }

  async insertAttachment(attachment: Omit<StatementAttachment, 'createdAt'>): Promise<void> {
    const repository = this.dataSource.getRepository(StatementAttachment);
    await repository.insert(repository.create(attachment));
  }

  /**
   * Claims keys in one statement, in key order, so two transactions that share keys cannot
   * deadlock; returns the keys that are now this transaction's.
   */
  async claimKeys(
    manager: EntityManager,
    keys: { key: string; hash: string }[],
  ): Promise<Set<string>> {
    const [{ claimed }] = rowsOf<{ claimed: string[] }>(
      await manager.query(
        `WITH claimed AS (
           INSERT INTO idempotency_keys (key, request_hash)
           SELECT k.key, k.hash FROM unnest($1::varchar[], $2::varchar[]) AS k(key, hash) ORDER BY k.key
           ON CONFLICT (key) DO NOTHING RETURNING key
         )
         SELECT coalesce((SELECT array_agg(key) FROM claimed), '{}') AS claimed`,
        [keys.map((k) => k.key), keys.map((k) => k.hash)],
      ),
    );
    return new Set(claimed);
  }

  async releaseKeys(manager: EntityManager, keys: string[]): Promise<void> {
    await manager.query(`DELETE FROM idempotency_keys WHERE key = ANY($1::varchar[])`, [keys]);
  }

  /** Stored keys with the statement each made: what a retry's receipt is rebuilt from. */
  async storedKeys(manager: EntityManager, keys: string[]): Promise<Map<string, StoredKey>> {
    const rows = await manager.query<StoredKey[]>(
      `SELECT k.key, k.request_hash, k.statement_id, k.status_token, s.reference,
              ${receivedAtIsoSql('s.received_at')} AS received_at, s.publication_status,
              sub.email IS NOT NULL AS mailed
       FROM idempotency_keys k
       LEFT JOIN statements s ON s.id = k.statement_id
       LEFT JOIN statement_submitters sub ON sub.statement_id = s.id
       WHERE k.key = ANY($1::varchar[])`,
      [keys],
    );
    return new Map(rows.map((row) => [row.key, row]));
  }

  /**
   * Numbers and stores members in ONE statement that commits by itself (numberingSql, batch
   * form); members whose key is already stored or whose phase is not open return no row.
   */
  async numberBatch(members: NumberingMember[], procedureReference: string) {
    return rowsOf<NumberedRow>(
      await this.dataSource.query(
        numberingSql({ form: 'batch' }),
        numberingParams(members, procedureReference),
      ),
    );
  }

  /**
   * Numbers and stores one member inside the caller's transaction (numberingSql, single form),
   * with its attachments and its receipt mail (`mailSql` from NotificationsService, built with
   * `mailSqlParts`); undefined when its phase is not open.
   */
  async numberOne(
    manager: EntityManager,
    member: NumberingMember,
    procedureReference: string,
    extra: { attachmentIds: string[]; mail: QueuedMail | null; mailSql: string },
  ): Promise<NumberedRow | undefined> {
    const [row] = rowsOf<NumberedRow>(
      await manager.query(
        numberingSql({ form: 'single', mailSql: extra.mailSql }),
        numberingParams([member], procedureReference, extra),
      ),
    );
    return row;
  }

  /**
   * The SQL expressions of the receipt mail in the single numbering statement: its parameters
   * get the reference and the receipt time that only this statement knows.
   */
  static mailSqlParts() {
    const p = numberingParam;
    return {
      template: `${p('mail_template')}::varchar`,
      to: `${p('mail_to')}::varchar`,
      params: `${p('mail_params')}::jsonb || jsonb_build_object('reference', f.reference, 'receivedAt', f.at_iso)`,
      from: `f JOIN statement s ON s.id = f.id WHERE ${p('mail_to')}::varchar IS NOT NULL`,
    };
  }
}
