import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Reports of one published statement, counted rather than duplicated: one row per statement.
 * `openCount` is what still awaits a moderator; a decision sets it back to 0.
 */
@Entity('statement_reports')
export class StatementReport {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'statement_reports_pkey' })
  statementId!: string;

  @Column({ type: 'integer', default: 0 })
  openCount!: number;

  @Column({ type: 'integer', default: 0 })
  totalCount!: number;

  /** Count per reason code, e.g. {"insult": 3, "spam": 1}. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  reasons!: Record<string, number>;

  @Column({ type: 'timestamptz' })
  lastReportedAt!: Date;
}
