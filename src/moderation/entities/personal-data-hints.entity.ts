import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PersonalDataHint } from '../personal-data-hints.js';

/**
 * The personal-data hints of one statement, computed once by PersonalDataHintsWorker (the text
 * never changes) and read by the moderation queue, so that no queue request scans texts.
 */
@Entity('personal_data_hints')
export class PersonalDataHints {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'personal_data_hints_pkey' })
  statementId!: string;

  @Column({ type: 'jsonb' })
  hints!: PersonalDataHint[];

  @CreateDateColumn({ type: 'timestamptz' })
  computedAt!: Date;
}
