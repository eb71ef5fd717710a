import { sqlList } from '../../database/sql-list.js';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  DECISION_ACTIONS,
  REJECTION_REASONS,
  type DecisionAction,
  type RejectionReason,
} from '../moderation.types.js';

/**
 * One moderation decision about a statement's public display: append-only (a trigger refuses
 * UPDATE and DELETE). The statement's original text is never touched.
 */
@Entity('moderation_decisions')
@Check('moderation_decisions_action_check', `"action" IN (${sqlList(DECISION_ACTIONS)})`)
@Check(
  'moderation_decisions_reason_check',
  `"reason_code" IS NULL OR "reason_code" IN (${sqlList(REJECTION_REASONS)})`,
)
export class ModerationDecision {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'moderation_decisions_pkey' })
  id!: string;

  @Index('moderation_decisions_statement_idx')
  @Column({ type: 'uuid' })
  statementId!: string;

  @Column({ type: 'uuid' })
  moderatorId!: string;

  @Column({ type: 'varchar', length: 200 })
  moderatorName!: string;

  @Column({ type: 'varchar', length: 20 })
  action!: DecisionAction;

  @Column({ type: 'varchar', length: 30, nullable: true })
  reasonCode!: RejectionReason | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** For redactions: the text shown publicly instead of the original. */
  @Column({ type: 'text', nullable: true })
  publishedText!: string | null;

  @Column({ type: 'varchar', length: 20 })
  fromStatus!: string;

  @Column({ type: 'varchar', length: 20 })
  toStatus!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
