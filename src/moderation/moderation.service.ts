import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../auth/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { PublicationStatus } from '../statements/statement.types.js';
import type {
  DecisionDto,
  DecisionResultDto,
  ModerationStatsDto,
  QueueDto,
  QueueQuery,
  ReportDto,
} from './dto/moderation.dto.js';
import { REASON_TEXTS, type DecisionAction } from './moderation.types.js';
import { notifyModerationFeed } from './feed-channel.js';
import { personalDataHints } from './personal-data-hints.js';

/** Which publication states each decision may start from, and where it leads. */
const RULES: Record<DecisionAction, { from: PublicationStatus[]; to: PublicationStatus }> = {
  approve: { from: ['pending', 'rejected'], to: 'published' },
  reject: { from: ['pending', 'published'], to: 'rejected' },
  redact: { from: ['pending', 'published', 'rejected'], to: 'published' },
  unpublish: { from: ['published'], to: 'pending' },
};

/**
 * Moderation decides public display only: it never changes the original text, the processing
 * state or whether the city considers the statement (DOMAIN.md §3).
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async queue(query: QueueQuery): Promise<QueueDto> {
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
    const rows = await this.dataSource.query<
      {
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
      }[]
    >(
      `SELECT s.id, s.reference, s.procedure_id, p.title AS procedure_title, s.phase_id, s.text, s.published_text,
              s.topic, s.geometry, s.received_at, s.publication_status, s.moderation_version,
              (SELECT count(*) FROM statement_attachments a WHERE a.statement_id = s.id) AS attachments,
              r.open_count AS reports
       FROM statements s JOIN procedures p ON p.id = s.procedure_id
       LEFT JOIN statement_reports r ON r.statement_id = s.id
       WHERE ${where.join(' AND ')}
       ORDER BY s.received_at, s.id
       LIMIT $${params.length}`,
      params,
    );
    return {
      total: Number(total),
      items: rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        procedureId: r.procedure_id,
        procedureTitle: r.procedure_title,
        phaseId: r.phase_id,
        text: r.text,
        publishedText: r.published_text,
        topic: r.topic,
        geometry: r.geometry,
        receivedAt: new Date(r.received_at).toISOString(),
        publicationStatus: r.publication_status,
        version: r.moderation_version,
        personalDataHints: personalDataHints(r.text),
        attachments: Number(r.attachments),
        reports: r.reports ?? 0,
      })),
    };
  }

  /**
   * Records a decision. The update names the version the moderator saw, so of two moderators
   * deciding at once one wins and the other gets 409 with the current state.
   */
  async decide(
    moderator: SessionUser,
    statementId: string,
    dto: DecisionDto,
  ): Promise<DecisionResultDto> {
    const rule = RULES[dto.action];
    if (dto.action === 'redact' && dto.publishedText === undefined)
      throw new AppError('VALIDATION_FAILED');
    return this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<
        {
          publication_status: PublicationStatus;
          moderation_version: number;
          text: string;
          published_text: string | null;
          email: string | null;
          reference: string;
          moderation_mode: string;
          procedure_id: string;
        }[]
      >(
        `SELECT s.publication_status, s.moderation_version, s.text, s.published_text, sub.email, s.reference, ph.moderation_mode, s.procedure_id
         FROM statements s JOIN phases ph ON ph.id = s.phase_id
         LEFT JOIN statement_submitters sub ON sub.statement_id = s.id
         WHERE s.id = $1 FOR UPDATE OF s`,
        [statementId],
      );
      if (!current) throw new AppError('STATEMENT_NOT_FOUND');
      const state = {
        publicationStatus: current.publication_status,
        version: current.moderation_version,
        publishedText: current.published_text,
      };
      if (current.moderation_version !== dto.expectedVersion) {
        throw new AppError('CONFLICT', {
          detail: {
            de: 'Eine andere Person hat inzwischen über diese Stellungnahme entschieden.',
            en: 'Someone else has decided about this statement in the meantime.',
          },
          extra: { current: state },
        });
      }
      if (
        current.publication_status === 'not_public' ||
        !rule.from.includes(current.publication_status)
      ) {
        throw AppError.field('STATUS_TRANSITION_INVALID', 'action', 'transition', {
          de: `„${dto.action}“ ist bei Status „${current.publication_status}“ nicht möglich.`,
          en: `"${dto.action}" is not possible in state "${current.publication_status}".`,
        });
      }
      const publishedText =
        dto.action === 'redact' ? (dto.publishedText ?? null) : current.published_text;
      await manager.query(
        `UPDATE statements SET publication_status = $2, published_text = $3, rejection_reason = $4,
                moderation_version = moderation_version + 1
         WHERE id = $1`,
        [statementId, rule.to, publishedText, dto.action === 'reject' ? dto.reasonCode : null],
      );
      await manager.query(
        `INSERT INTO moderation_decisions (statement_id, moderator_id, moderator_name, action, reason_code, note, published_text, from_status, to_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          statementId,
          moderator.id,
          moderator.displayName || moderator.email,
          dto.action,
          dto.action === 'reject' ? dto.reasonCode : null,
          dto.note ?? null,
          dto.action === 'redact' ? publishedText : null,
          current.publication_status,
          rule.to,
        ],
      );
      await manager.query(`UPDATE statement_reports SET open_count = 0 WHERE statement_id = $1`, [
        statementId,
      ]);
      await notifyModerationFeed(manager, {
        type: 'statement.decided',
        statementId,
        procedureId: current.procedure_id,
        reference: current.reference,
        publicationStatus: rule.to,
      });
      if (dto.action === 'reject' && current.email && dto.reasonCode) {
        const reason = REASON_TEXTS[dto.reasonCode];
        await this.notifications.enqueue(manager, {
          to: current.email,
          template: 'moderation.rejected',
          subject: `Ihre Stellungnahme ${current.reference} wird nicht veröffentlicht`,
          text: `Guten Tag,\n\nIhre Stellungnahme ${current.reference} wird nicht öffentlich angezeigt. Grund: ${reason.de}.\n\nWichtig: Ihre Stellungnahme ist trotzdem eingegangen und wird im Verfahren berücksichtigt.\n\n---\n\nYour statement ${current.reference} will not be shown publicly. Reason: ${reason.en}. It has still been received and will be considered.\n\n-- \nMitplanen – Online-Beteiligung`,
        });
      }
      return {
        statementId,
        publicationStatus: rule.to,
        version: current.moderation_version + 1,
        publishedText,
      };
    });
  }

  /** Anyone may report a published statement; repeated reports raise a count, not new rows. */
  async report(statementId: string, dto: ReportDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [statement] = await manager.query<
        { procedure_id: string; reference: string; publication_status: string }[]
      >(`SELECT procedure_id, reference, publication_status FROM statements WHERE id = $1`, [
        statementId,
      ]);
      if (!statement || statement.publication_status !== 'published')
        throw new AppError('STATEMENT_NOT_FOUND');
      await manager.query(
        `INSERT INTO statement_reports (statement_id, open_count, total_count, reasons, last_reported_at)
         VALUES ($1, 1, 1, jsonb_build_object($2::text, 1), now())
         ON CONFLICT (statement_id) DO UPDATE SET
           open_count = statement_reports.open_count + 1,
           total_count = statement_reports.total_count + 1,
           reasons = statement_reports.reasons || jsonb_build_object($2::text, coalesce((statement_reports.reasons ->> $2)::int, 0) + 1),
           last_reported_at = now()`,
        [statementId, dto.reason],
      );
      await notifyModerationFeed(manager, {
        type: 'statement.reported',
        statementId,
        procedureId: statement.procedure_id,
        reference: statement.reference,
        publicationStatus: statement.publication_status,
      });
    });
  }

  async stats(): Promise<ModerationStatsDto> {
    const [counts] = await this.dataSource.query<{ pending: string; reported: string }[]>(
      `SELECT (SELECT count(*) FROM statements WHERE publication_status = 'pending') AS pending,
              (SELECT count(*) FROM statement_reports WHERE open_count > 0) AS reported`,
    );
    const [median] = await this.dataSource.query<{ seconds: number | null }[]>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first.at - s.received_at)) AS seconds
       FROM statements s
       JOIN LATERAL (SELECT min(d.at) AS at FROM moderation_decisions d WHERE d.statement_id = s.id) first ON first.at IS NOT NULL`,
    );
    const byAction = await this.dataSource.query<{ key: string; n: string }[]>(
      `SELECT action AS key, count(*) AS n FROM moderation_decisions GROUP BY action`,
    );
    const byReason = await this.dataSource.query<{ key: string; n: string }[]>(
      `SELECT reason_code AS key, count(*) AS n FROM moderation_decisions WHERE reason_code IS NOT NULL GROUP BY reason_code`,
    );
    const toRecord = (rows: { key: string; n: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
    return {
      pending: Number(counts.pending),
      reported: Number(counts.reported),
      medianSecondsToDecision:
        median?.seconds === null || median?.seconds === undefined
          ? null
          : Math.round(Number(median.seconds)),
      decisionsByAction: toRecord(byAction),
      rejectionsByReason: toRecord(byReason),
    };
  }
}
