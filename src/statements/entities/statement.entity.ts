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
  type Relation,
} from 'typeorm';
import type { Geometry } from 'geojson';
import { Phase } from '../../phases/entities/phase.entity.js';
import { Procedure } from '../../procedures/entities/procedure.entity.js';
import {
  CHANNELS,
  PROCESSING_STATUSES,
  PUBLICATION_STATUSES,
  SUBMITTER_TYPES,
  type Channel,
  type ProcessingStatus,
  type PublicationStatus,
  type SubmitterType,
} from '../statement.types.js';

/** PostgreSQL `point` ⇄ [lon, lat]. */
const pointTransformer = {
  to: (v: [number, number] | null | undefined) => (v ? `(${v[0]},${v[1]})` : v),
  from: (v: string | { x: number; y: number } | null): [number, number] | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'object') return [v.x, v.y];
    const [x, y] = v.replace(/[()]/g, '').split(',').map(Number);
    return [x, y];
  },
};

/**
 * A statement (Stellungnahme): a legal submission. The original text is never changed; the
 * submitter's personal data live apart, in statement_submitters.
 */
@Entity('statements')
@Check(
  'statements_processing_status_check',
  `"processing_status" IN (${sqlList(PROCESSING_STATUSES)})`,
)
@Check(
  'statements_publication_status_check',
  `"publication_status" IN (${sqlList(PUBLICATION_STATUSES)})`,
)
@Check('statements_channel_check', `"channel" IN (${sqlList(CHANNELS)})`)
@Check('statements_submitter_type_check', `"submitter_type" IN (${sqlList(SUBMITTER_TYPES)})`)
@Index('statements_procedure_sequence_key', ['procedureId', 'year', 'sequence'], { unique: true })
@Index('statements_public_list_idx', ['procedureId', 'publicationStatus', 'receivedAt', 'id'])
// The assessment workspace and the exports walk every statement of a procedure in this order.
@Index('statements_procedure_received_idx', ['procedureId', 'receivedAt', 'id'])
export class Statement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'statements_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  procedureId!: string;

  @ManyToOne(() => Procedure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'procedure_id', foreignKeyConstraintName: 'statements_procedure_fkey' })
  procedure?: Relation<Procedure>;

  @Index('statements_phase_idx')
  @Column({ type: 'uuid' })
  phaseId!: string;

  @ManyToOne(() => Phase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id', foreignKeyConstraintName: 'statements_phase_fkey' })
  phase?: Relation<Phase>;

  /** e.g. BP-12-21/2026-0042: unique, per procedure and year without gaps. */
  @Index('statements_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  sequence!: number;

  /** The original text as received; never updated. */
  // Trigram index (pg_trgm, gin_trgm_ops) for finding mass submissions; created by migration.
  @Index('statements_text_trgm_idx', { synchronize: false })
  @Column({ type: 'text' })
  text!: string;

  /** The text the public sees when moderation redacted it; the original stays in `text`. */
  @Column({ type: 'text', nullable: true })
  publishedText!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  geometry!: Geometry | null;

  /** A point on the geometry; the GiST index answers map queries and clustering. */
  @Index('statements_point_idx', { spatial: true })
  @Column({ type: 'point', nullable: true, transformer: pointTransformer })
  point!: [number, number] | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  topic!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'platform' })
  channel!: Channel;

  /** Received after the end of the phase (recorded by staff; never refused, §4a(5) BauGB). */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'varchar', length: 20, default: 'received' })
  processingStatus!: ProcessingStatus;

  @Column({ type: 'varchar', length: 20 })
  publicationStatus!: PublicationStatus;

  @Column({ type: 'varchar', length: 20 })
  submitterType!: SubmitterType;

  /** Counts moderation decisions; a decision names the version it saw (optimistic locking). */
  @Column({ type: 'integer', default: 0 })
  moderationVersion!: number;

  @Column({ type: 'varchar', length: 30, nullable: true })
  rejectionReason!: string | null;

  /** SHA-256 of the secret in the submitter's private status link. */
  @Column({ type: 'varchar', length: 64 })
  statusTokenHash!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** Staff member who recorded a statement that arrived by letter, e-mail or in person. */
  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
