import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProcessingStatus } from './statement.types.js';
import { StatementsRepository, type PublicationChange } from './statements.repository.js';

/**
 * What other modules may change of a statement. Each method runs in the caller's transaction
 * (its EntityManager), so the caller's own rows and the statement change commit together; the
 * statements module stays the only writer of its tables (ADR 0005). The original text is never
 * changed (docs/domain.md#3-moderation).
 */
@Injectable()
export class StatementsService {
  constructor(private readonly repository: StatementsRepository) {}

  /**
   * Moderation's decision about public display: the new publication state, the redacted text
   * (null: the original is shown) and the reason of a rejection. Counts the decision in
   * `moderation_version` (the version a moderator names for optimistic locking).
   */
  setPublication(
    manager: EntityManager,
    statementId: string,
    change: PublicationChange,
  ): Promise<void> {
    return this.repository.setPublication(manager, statementId, change);
  }

  /**
   * The planning office's processing state (docs/domain.md#2-statements-two-independent-states). With `onlyFrom`, only statements in
   * one of those states move (e.g. an assignment moves `received` to `in_review`, never back).
   */
  markProcessing(
    manager: EntityManager,
    statementIds: string[],
    status: Exclude<ProcessingStatus, 'result_sent'>,
    onlyFrom: ProcessingStatus[] | null = null,
  ): Promise<void> {
    return this.repository.setProcessing(manager, statementIds, status, onlyFrom);
  }

  /** The result was communicated (letter, mail or public notice). */
  markResultSent(manager: EntityManager, statementIds: string[]): Promise<void> {
    return this.repository.setProcessing(manager, statementIds, 'result_sent', null);
  }
}
