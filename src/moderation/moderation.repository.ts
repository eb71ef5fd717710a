import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SessionUser } from '../common/session-user.js';
import type { PublicationStatus } from '../statements/statement.types.js';
import type { QueueQuery } from './dto/moderation.dto.js';
import { MODERATION_CHANNEL, type ModerationEvent } from './feed-channel.js';
import type { DecisionAction } from './moderation.types.js';
import type { PersonalDataHint } from './personal-data-hints.js';

export interface QueueRow {
  id: string;
  reference: string;
  procedure_id: string;
  procedure_title: string;
  phase_id: string;
  text: string;
  published_text: string | null;
  topic: string | null;
  geometry: Record<string, unknown> | null;
  received_at: Date;
  publication_status: PublicationStatus;
  moderation_version: number;
  attachments: string;
  reports: number | null;
  hints: PersonalDataHint[] | null;
}

export interface DecisionTarget {
  publication_status: PublicationStatus;
  moderation_version: number;
  text: string;
  published_text: string | null;
  email: string | null;
  reference: string;
  moderation_mode: string;
  procedure_id: string;
}

type Counts = { key: string; n: string }[];

/**
 * The SQL of moderation: decisions and reports are written here; statements, their submitters
 * and phases are only read (a decision changes a statement through StatementsService).
 */
@Injectable()
export class ModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Announces an event with pg_notify inside the caller's transaction: PostgreSQL delivers it to
   * every listening instance when (and only if) the transaction commits.
   */
  async notifyFeed(manager: EntityManager, event: ModerationEvent): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [MODERATION_CHANNEL, JSON.stringify(event)]);
  }

  async queue(query: QueueQuery): Promise<{ total: string; rows: QueueRow[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.reported) {
      where.push('r.open_count > 0');
    } else {
      params.push(query.status ?? 'pending');
      where.push(`s.publication_status = $${params.length}`);
    }
    for (const [column, value] of [
      ['s.procedure_id', query.procedureId],
      ['s.phase_id', query.phaseId],
      ['s.topic', query.topic],
    ] as const) {
      if (value) {
        params.push(value);
        where.push(`${column} = $${params.length}`);
      }
    }
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*) AS total FROM statements s LEFT JOIN statement_reports r ON r.statement_id = s.id
       WHERE ${where.join(' AND ')}`,
      params,
    );
    params.push(query.limit ?? 50);
    const rows = await this.dataSource.query<QueueRow[]>(
      `SELECT s.id, s.reference, s.procedure_id, p.title AS procedure_title, s.phase_id, s.text, s.published_text,
              s.topic, s.geometry, s.received_at, s.publication_status, s.moderation_version,
              (SELECT count(*) FROM statement_attachments a WHERE a.statement_id = s.id) AS attachments,
              r.open_count AS reports, h.hints
       FROM statements s JOIN procedures p ON p.id = s.procedure_id
       LEFT JOIN statement_reports r ON r.statement_id = s.id
       LEFT JOIN personal_data_hints h ON h.statement_id = s.id
       WHERE ${where.join(' AND ')}
       ORDER BY s.received_at, s.id
       LIMIT $${params.length}`,
      params,
    );
    return { total, rows };
  }

  /** The statement with what a decision needs, locked until the transaction ends. */
  async lockForDecision(
    manager: EntityManager,
    statementId: string,
  ): Promise<DecisionTarget | undefined> {
    const [current] = await manager.query<DecisionTarget[]>(
      `SELECT s.publication_status, s.moderation_version, s.text, s.published_text, sub.email, s.reference, ph.moderation_mode, s.procedure_id
       FROM statements s JOIN phases ph ON ph.id = s.phase_id
       LEFT JOIN statement_submitters sub ON sub.statement_id = s.id
       WHERE s.id = $1 FOR UPDATE OF s`,
      [statementId],
    );
    return current;
  }

  /** Appends the decision to the log and closes the statement's open reports. */
  async recordDecision(
    manager: EntityManager,
    d: {
      statementId: string;
      moderator: SessionUser;
      action: DecisionAction;
      reasonCode: string | null;
      note: string | null;
      publishedText: string | null;
      from: PublicationStatus;
      to: PublicationStatus;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO moderation_decisions (statement_id, moderator_id, moderator_name, action, reason_code, note, published_text, from_status, to_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        d.statementId,
        d.moderator.id,
        d.moderator.displayName || d.moderator.email,
        d.action,
        d.reasonCode,
        d.note,
        d.publishedText,
        d.from,
        d.to,
      ],
    );
    await manager.query(`UPDATE statement_reports SET open_count = 0 WHERE statement_id = $1`, [
      d.statementId,
    ]);
  }

  async statementToReport(manager: EntityManager, statementId: string) {
    const [statement] = await manager.query<
      { procedure_id: string; reference: string; publication_status: string }[]
    >(`SELECT procedure_id, reference, publication_status FROM statements WHERE id = $1`, [
      statementId,
    ]);
    return statement;
  }

  /** Repeated reports raise a count, not new rows. */
  async addReport(manager: EntityManager, statementId: string, reason: string): Promise<void> {
    await manager.query(
      `INSERT INTO statement_reports (statement_id, open_count, total_count, reasons, last_reported_at)
       VALUES ($1, 1, 1, jsonb_build_object($2::text, 1), now())
       ON CONFLICT (statement_id) DO UPDATE SET
         open_count = statement_reports.open_count + 1,
         total_count = statement_reports.total_count + 1,
         reasons = statement_reports.reasons || jsonb_build_object($2::text, coalesce((statement_reports.reasons ->> $2)::int, 0) + 1),
         last_reported_at = now()`,
      [statementId, reason],
    );
  }

  async stats() {
    const [counts] = await this.dataSource.query<{ pending: string; reported: string }[]>(
      `SELECT (SELECT count(*) FROM statements WHERE publication_status = 'pending') AS pending,
              (SELECT count(*) FROM statement_reports WHERE open_count > 0) AS reported`,
    );
    const [median] = await this.dataSource.query<{ seconds: number | null }[]>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first.at - s.received_at)) AS seconds
       FROM statements s
       JOIN LATERAL (SELECT min(d.at) AS at FROM moderation_decisions d WHERE d.statement_id = s.id) first ON first.at IS NOT NULL`,
    );
    const byAction = await this.dataSource.query<Counts>(
      `SELECT action AS key, count(*) AS n FROM moderation_decisions GROUP BY action`,
    );
    const byReason = await this.dataSource.query<Counts>(
      `SELECT reason_code AS key, count(*) AS n FROM moderation_decisions WHERE reason_code IS NOT NULL GROUP BY reason_code`,
    );
    return { counts, median, byAction, byReason };
  }
}
