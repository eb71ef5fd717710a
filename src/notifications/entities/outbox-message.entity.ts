import { sqlList } from '../../database/sql-list.js';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OUTBOX_STATUSES, type OutboxStatus } from '../notification.types.js';

/**
 * A mail waiting to be sent, or the record of one that was. Written in the transaction of the
 * change that causes it and sent later by the MailWorkerService, so an SMTP outage loses nothing.
 */
@Entity('outbox_messages')
@Check('outbox_messages_status_check', `"status" IN (${sqlList(OUTBOX_STATUSES)})`)
@Index('outbox_messages_status_next_attempt_at_idx', ['status', 'nextAttemptAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outbox_messages_pkey' })
  id!: string;

  /** Which mail this is, e.g. `auth.verify-email`. */
  @Column({ type: 'varchar', length: 60 })
  template!: string;

  /** One address (RFC 5321 allows at most 320 characters). */
  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  /** Empty while a templated mail waits: the worker renders it from `params` at sending. */
  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  bodyText!: string;

  @Column({ type: 'text', nullable: true })
  bodyHtml!: string | null;

  /**
   * Parameters of the template named in `template` (MailTemplates), rendered when the mail is
   * sent; null for a mail queued with its subject and body.
   */
  @Column({ type: 'jsonb', nullable: true })
  params!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: OutboxStatus;

  /** Claims so far, counted when a worker takes the message. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** A `pending` message is due from this moment on (database clock). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** A `sending` message whose lock has run out belongs to no worker any more and is taken again. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** The Message-ID header the mail went out with. */
  @Column({ type: 'varchar', length: 998, nullable: true })
  transportMessageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
