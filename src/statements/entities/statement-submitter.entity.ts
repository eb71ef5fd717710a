import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Statement } from './statement.entity.js';

/** Personal data of a named submitter, apart from the text; never in a public answer. */
@Entity('statement_submitters')
export class StatementSubmitter {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'statement_submitters_pkey' })
  statementId!: string;

  @OneToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'statement_id',
    foreignKeyConstraintName: 'statement_submitters_statement_fkey',
  })
  statement?: Relation<Statement>;

  @Column({ type: 'varchar', length: 200, default: '' })
  name!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  organisation!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  street!: string;

  @Column({ type: 'varchar', length: 10, default: '' })
  postcode!: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  city!: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;
}
