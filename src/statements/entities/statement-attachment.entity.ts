import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file attached to a statement. Uploaded first (statementId null, with an upload secret),
 * then bound to the statement that names it in the same transaction as its submission.
 */
@Entity('statement_attachments')
export class StatementAttachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'statement_attachments_pkey' })
  id!: string;

  @Index('statement_attachments_statement_idx')
  @Column({ type: 'uuid', nullable: true })
  statementId!: string | null;

  @Column({ type: 'uuid' })
  phaseId!: string;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  /** Hash of the uploading client's IP for the per-client quota; null for staff uploads. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
