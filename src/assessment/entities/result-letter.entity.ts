import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Statement } from '../../statements/entities/statement.entity.js';

/**
 * The result letter (Mitteilung des Abwägungsergebnisses) sent to a named submitter. The PDF is
 * kept with the row, so it is committed with the mail that links to it; the link's secret is
 * stored only as a hash.
 */
@Entity('result_letters')
export class ResultLetter {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'result_letters_pkey' })
  id!: string;

  @Index('result_letters_statement_idx')
  @Column({ type: 'uuid' })
  statementId!: string;

  @ManyToOne(() => Statement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statement_id', foreignKeyConstraintName: 'result_letters_statement_fkey' })
  statement?: Relation<Statement>;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
