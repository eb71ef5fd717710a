import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change to something that matters legally (a phase's period, a procedure's status, a
 * moderation decision): who, when, what before and after, and why. Append-only: a database
 * trigger refuses UPDATE and DELETE, so no code path can rewrite history.
 */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entityType', 'entityId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_log_pkey' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Null for changes made by the system itself. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The actor's name at the time, kept even if the account is later anonymised. */
  @Column({ type: 'varchar', length: 200, default: '' })
  actorName!: string;

  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
