import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProcessingStatus, PublicationStatus } from './statement.types.js';

/** Moderation's decision about public display (StatementsService.setPublication). */
export interface PublicationChange {
  status: PublicationStatus;
  /** The redacted text the public sees; null: the original. */
  publishedText: string | null;
  rejectionReason: string | null;
}

/** Changes of a stored statement that other modules ask for, in their own transaction. */
@Injectable()
export class StatementsRepository {
  async setPublication(
    manager: EntityManager,
    statementId: string,
    change: PublicationChange,
  ): Promise<void> {
    await manager.query(
      `UPDATE statements SET publication_status = $2, published_text = $3, rejection_reason = $4,
              moderation_version = moderation_version + 1
       WHERE id = $1`,
      [statementId, change.status, change.publishedText, change.rejectionReason],
    );
  }

  async setProcessing(
    manager: EntityManager,
    statementIds: string[],
    status: ProcessingStatus,
    onlyFrom: ProcessingStatus[] | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE statements SET processing_status = $2
       WHERE id = ANY($1::uuid[]) AND ($3::varchar[] IS NULL OR processing_status = ANY($3::varchar[]))`,
      [statementIds, status, onlyFrom],
    );
  }
}
