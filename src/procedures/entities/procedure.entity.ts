import { sqlList } from '../../database/sql-list.js';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { boxTransformer } from '../../geo/box-column.js';
import type { AreaGeometry, BBox2D } from '../../geo/geometry.js';
import {
  PROCEDURE_STATUSES,
  PROCEDURE_TYPES,
  type ProcedureStatus,
  type ProcedureType,
} from '../procedure.types.js';

/** A planning project (Verfahren): what residents find on the map and comment on. */
@Entity('procedures')
// German full-text index on title, summary and description; an expression index, created by
// hand in its migration, so TypeORM must leave it alone.
@Index('procedures_search_idx', { synchronize: false })
@Check('procedures_type_check', `"type" IN (${sqlList(PROCEDURE_TYPES)})`)
@Check('procedures_status_check', `"status" IN (${sqlList(PROCEDURE_STATUSES)})`)
export class Procedure {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'procedures_pkey' })
  id!: string;

  /** The city's own reference code, e.g. "BP-12-21". */
  @Index('procedures_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  reference!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: ProcedureType;

  @Index('procedures_district_idx')
  @Column({ type: 'varchar', length: 100 })
  district!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Topics residents may choose for a statement (e.g. Verkehr, Grün, Wohnen). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  /** The plan area, GeoJSON (RFC 7946, WGS84) Polygon or MultiPolygon. */
  @Column({ type: 'jsonb' })
  area!: AreaGeometry;

  /** Bounding box of `area`, derived on every write; the GiST index answers map queries. */
  @Index('procedures_area_box_idx', { spatial: true })
  @Column({ type: 'box', transformer: boxTransformer })
  areaBox!: BBox2D;

  @Index('procedures_status_idx')
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: ProcedureStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
