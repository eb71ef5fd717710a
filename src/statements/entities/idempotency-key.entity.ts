import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A request with an Idempotency-Key and the statement it made: every retry's receipt is rebuilt
 * from that statement (IntakeRepository.storedKeys), the same way as the first answer.
 */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({
    type: 'varchar',
    length: 300,
    primaryKeyConstraintName: 'idempotency_keys_pkey',
  })
  key!: string;

  /** SHA-256 of the request body: the same key with another body is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  /** The statement the request made; null while the request is in flight. */
  @Column({ type: 'uuid', nullable: true })
  statementId!: string | null;

  /**
   * The secret of the receipt's private links, which the statement keeps only as a hash: a
   * retry gets the same links. Kept as long as the key, like the receipt it replaces.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  statusToken!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
