import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { Procedure } from '../../procedures/entities/procedure.entity.js';
import { ASSESSMENT_RESULTS, type AssessmentResult } from '../assessment.types.js';

/** A reusable response (Textbaustein) for statements on one topic of a procedure. */
@Entity('response_templates')
@Check('response_templates_result_check', `"result" IN (${sqlList(ASSESSMENT_RESULTS)})`)
@Index('response_templates_procedure_topic_idx', ['procedureId', 'topic'])
export class ResponseTemplate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'response_templates_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  procedureId!: string;

  @ManyToOne(() => Procedure, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'procedure_id',
    foreignKeyConstraintName: 'response_templates_procedure_fkey',
  })
  procedure?: Relation<Procedure>;

  /** Null: usable for every topic. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  topic!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  result!: AssessmentResult;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
