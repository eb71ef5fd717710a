import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../common/session-user.js';
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
import type { ModerationEvent } from './feed-channel.js';
import { ModerationFeedService } from './moderation-feed.service.js';
import { ModerationRepository } from './moderation.repository.js';
import { StatementsService } from '../statements/statements.service.js';

/** Which publication states each decision may start from, and where it leads. */
const RULES: Record<DecisionAction, { from: PublicationStatus[]; to: PublicationStatus }> = {
  approve: { from: ['pending', 'rejected'], to: 'published' },
  reject: { from: ['pending', 'published'], to: 'rejected' },
  redact: { from: ['pending', 'published', 'rejected'], to: 'published' },
  unpublish: { from: ['published'], to: 'pending' },
};

/**
 * Moderation decides public display only: it never changes the original text, the processing
 * state or whether the city considers the statement (docs/domain.md#3-moderation).
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly repository: ModerationRepository,
    private readonly statements: StatementsService,
    private readonly feed: ModerationFeedService,
  ) {}

  async queue(query: QueueQuery): Promise<QueueDto> {
    const { total, rows } = await this.repository.queue(query);
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
        // Stored by PersonalDataHintsWorker within a second of the insert; [] until then.
        personalDataHints: r.hints ?? [],
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
    let event: ModerationEvent | null = null;
    const result = await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockForDecision(manager, statementId);
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
      await this.statements.setPublication(manager, statementId, {
        status: rule.to,
        publishedText,
        rejectionReason: dto.action === 'reject' ? (dto.reasonCode ?? null) : null,
      });
      await this.repository.recordDecision(manager, {
        statementId,
        moderator,
        action: dto.action,
        reasonCode: dto.action === 'reject' ? (dto.reasonCode ?? null) : null,
        note: dto.note ?? null,
        publishedText: dto.action === 'redact' ? publishedText : null,
        from: current.publication_status,
        to: rule.to,
      });
      event = {
        type: 'statement.decided',
        statementId,
        procedureId: current.procedure_id,
        reference: current.reference,
        publicationStatus: rule.to,
      };
      await this.repository.notifyFeed(manager, event);
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
    // This instance's caches learn of the decision before its answer leaves (the NOTIFY follows).
    if (event) this.feed.announceLocally(event);
    return result;
  }

  /** Anyone may report a published statement; repeated reports raise a count, not new rows. */
  async report(statementId: string, dto: ReportDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const statement = await this.repository.statementToReport(manager, statementId);
      if (!statement || statement.publication_status !== 'published')
        throw new AppError('STATEMENT_NOT_FOUND');
      await this.repository.addReport(manager, statementId, dto.reason);
      await this.repository.notifyFeed(manager, {
        type: 'statement.reported',
        statementId,
        procedureId: statement.procedure_id,
        reference: statement.reference,
        publicationStatus: statement.publication_status,
      });
    });
  }

  async stats(): Promise<ModerationStatsDto> {
    const { counts, median, byAction, byReason } = await this.repository.stats();
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
