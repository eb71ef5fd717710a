import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { Statement } from '../../statements/entities/statement.entity.js';
import { User } from '../../users/entities/user.entity.js';
import { ASSESSMENT_RESULTS, type AssessmentResult } from '../assessment.types.js';
import { StatementGroup } from './statement-group.entity.js';

/**
 * The planning office's assessment (Abwägung) of one statement: result, response, who works on
 * it. A row exists as soon as a statement is assigned or grouped; `result` is null until then.
 */
@Entity('assessments')
@Check('assessments_result_check', `"result" IN (${sqlList(ASSESSMENT_RESULTS)})`)
@Index('assessments_procedure_idx', ['procedureId', 'assigneeId'])
export class Assessment {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'assessments_pkey' })
  statementId!: string;

  @OneToOne(() => Statement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statement_id', foreignKeyConstraintName: 'assessments_statement_fkey' })
  statement?: Relation<Statement>;

  @Column({ type: 'uuid' })
  procedureId!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  result!: AssessmentResult | null;

  @Column({ type: 'text', default: '' })
  response!: string;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'assessments_assignee_fkey' })
  assignee?: Relation<User>;

  @Index('assessments_group_idx')
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => StatementGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'assessments_group_fkey' })
  group?: Relation<StatementGroup>;

  /** Counts changes; a PUT names the version it saw (optimistic locking). */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
