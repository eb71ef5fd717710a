import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Near-identical statements of a procedure (a mass submission), found with pg_trgm similarity.
 * One response serves the whole group; exports count its signatories (`size`).
 */
@Entity('statement_groups')
export class StatementGroup {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'statement_groups_pkey' })
  id!: string;

  @Index('statement_groups_procedure_idx')
  @Column({ type: 'uuid' })
  procedureId!: string;

  /** The earliest statement of the group; its text stands for the group. */
  @Column({ type: 'uuid' })
  leadStatementId!: string;

  @Column({ type: 'integer' })
  size!: number;

  /** More than 50 members: the result is announced publicly instead of by letters (§2). */
  @Column({ type: 'boolean', default: false })
  publicNotice!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
