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
import { DOCUMENT_KINDS, type DocumentKind } from '../procedure.types.js';
import { Procedure } from './procedure.entity.js';

/** A document of a procedure (plan drawing, Begründung, Umweltbericht …); bytes in FileStorage. */
@Entity('procedure_documents')
@Check('procedure_documents_kind_check', `"kind" IN (${sqlList(DOCUMENT_KINDS)})`)
export class ProcedureDocument {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'procedure_documents_pkey' })
  id!: string;

  @Index('procedure_documents_procedure_idx')
  @Column({ type: 'uuid' })
  procedureId!: string;

  @ManyToOne(() => Procedure, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'procedure_id',
    foreignKeyConstraintName: 'procedure_documents_procedure_fkey',
  })
  procedure?: Relation<Procedure>;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: DocumentKind;

  /** The uploaded file's name, for the download. */
  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  /** Detected from the file's bytes, never from its name. */
  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
