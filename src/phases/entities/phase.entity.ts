import { sqlList } from '../../database/sql-list.js';
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
import {
  MODERATION_MODES,
  PHASE_KINDS,
  type ModerationMode,
  type PhaseKind,
} from '../phase.types.js';

/**
 * A comment period (Beteiligungsphase). It is open exactly while opens_at <= now() and now() is
 * before closes_at + 1 ms (closes_at is the last millisecond of the last day, see phase-window.ts)
 * by the database clock: state is derived from time, never stored.
 */
@Entity('phases')
@Check('phases_kind_check', `"kind" IN (${sqlList(PHASE_KINDS)})`)
@Check('phases_moderation_mode_check', `"moderation_mode" IN (${sqlList(MODERATION_MODES)})`)
@Check('phases_period_check', `"opens_at" < "closes_at"`)
@Index('phases_window_idx', ['procedureId', 'opensAt', 'closesAt'])
export class Phase {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'phases_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  procedureId!: string;

  // The procedure is named, not imported: procedures builds on phases, never the reverse.
  @ManyToOne('Procedure', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'procedure_id', foreignKeyConstraintName: 'phases_procedure_fkey' })
  procedure?: Relation<object>;

  @Column({ type: 'varchar', length: 30 })
  kind!: PhaseKind;

  /** Re-publication round (§4a(3)): 1, 2, …; null for other kinds. */
  @Column({ type: 'integer', nullable: true })
  round!: number | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  title!: string;

  /** First and last day as announced (Europe/Berlin calendar dates). */
  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** 00:00 of the first day and 23:59:59.999 of the last day, Europe/Berlin, as UTC instants. */
  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'varchar', length: 10 })
  moderationMode!: ModerationMode;

  /** Date of the official public notice (Bekanntmachung); required before a publication phase. */
  @Column({ type: 'date', nullable: true })
  noticePublishedOn!: string | null;

  /** Notice: kinds of environmental information available (§3(2) BauGB). */
  @Column({ type: 'text', default: '' })
  environmentalInformation!: string;

  /** Notice: description of the plan area, in words. */
  @Column({ type: 'text', default: '' })
  areaDescription!: string;

  /** Why the announced period is shorter than the legal minimum, where it is. */
  @Column({ type: 'text', nullable: true })
  shortenedReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
