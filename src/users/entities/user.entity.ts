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
import { ROLES, type Role } from '../../common/roles.js';

@Entity('users')
@Check('users_roles_check', `"roles" <@ ARRAY[${sqlList(ROLES)}]::text[]`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  /** Stored lower-cased, so the unique index treats addresses case-insensitively. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  displayName!: string;

  /** argon2id; null for accounts that sign in through OpenID Connect only. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{resident}'" })
  roles!: Role[];

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** Deactivated users cannot sign in and their sessions are refused. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** `issuer|subject` of an OpenID Connect identity. */
  @Index('users_oidc_identity_key', { unique: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  oidcIdentity!: string | null;

  @Column({ type: 'integer', default: 0 })
  failedSignIns!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailedSignInAt!: Date | null;

  /** Sign-in refused until then after too many failures in a row (any client, any IP). */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  /** Set when the person asked to remove their personal data (DSGVO Art. 17). */
  @Column({ type: 'timestamptz', nullable: true })
  personalDataRemovedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
