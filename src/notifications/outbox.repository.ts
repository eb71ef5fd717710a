import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';

/** A message claimed for sending, as the claim returns it. */
export interface ClaimedRow {
  id: string;
  template: string;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  params: Record<string, unknown> | null;
  attempts: number;
  created_at: Date | string;
}

/** A claim is identified by its attempt number: a later claim of the same row has another. */
export interface OwnClaim {
  id: string;
  status: 'sending';
  attempts: number;
}

/** The SQL of the mail worker on `outbox_messages` (ADR 0005). */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get messages() {
    return this.dataSource.getRepository(OutboxMessage);
  }

  /**
   * One short statement: due messages, and messages whose claim ran out, become `sending` for
   * this worker. SKIP LOCKED passes over rows another worker is claiming at the same moment,
   * and PostgreSQL re-checks the condition on rows that changed meanwhile, so no message is
   * claimed twice.
   */
  claim(limit: number, lockSeconds: number): Promise<ClaimedRow[]> {
    return this.dataSource.query<ClaimedRow[]>(
      `WITH claimed AS (
         UPDATE outbox_messages
            SET status = 'sending',
                locked_until = now() + make_interval(secs => $2),
                attempts = attempts + 1
          WHERE id IN (
                  SELECT id FROM outbox_messages
                   WHERE (status = 'pending' AND next_attempt_at <= now())
                      OR (status = 'sending' AND locked_until < now())
                   ORDER BY created_at
                   LIMIT $1
                   FOR UPDATE SKIP LOCKED)
         RETURNING id, template, recipient, subject, body_text, body_html, params, attempts, created_at)
       SELECT * FROM claimed ORDER BY created_at`,
      [limit, lockSeconds],
    );
  }

  /** Updates the claimed row if the claim is still ours; false when it was taken over. */
  async updateClaim(claim: OwnClaim, set: QueryDeepPartialEntity<OutboxMessage>): Promise<boolean> {
    const result = await this.messages.update(claim, set);
    return result.affected !== 0;
  }

  /** Books a failed attempt: given up, or pending again after `delaySeconds`. */
  async bookFailure(
    claim: OwnClaim,
    failure: { giveUp: boolean; lastError: string; delaySeconds: number },
  ): Promise<boolean> {
    const { giveUp, lastError } = failure;
    const result = await this.messages
      .createQueryBuilder()
      .update(OutboxMessage)
      .set(
        giveUp
          ? { status: 'failed', lockedUntil: null, lastError }
          : {
              status: 'pending',
              lockedUntil: null,
              lastError,
              nextAttemptAt: () => 'now() + make_interval(secs => :delaySeconds)',
            },
      )
      .where('id = :id AND status = :status AND attempts = :attempts', claim)
      .setParameter('delaySeconds', failure.delaySeconds)
      .execute();
    return result.affected !== 0;
  }
}
