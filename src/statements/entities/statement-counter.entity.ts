import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Last reference number per procedure and year. Incremented in the submission's own
 * transaction, so a refused submission rolls its number back: references have no gaps.
 */
@Entity('statement_counters')
export class StatementCounter {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'statement_counters_pkey' })
  procedureId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'statement_counters_pkey' })
  year!: number;

  @Column({ type: 'integer' })
  last!: number;
}
