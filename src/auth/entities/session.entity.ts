import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Server-side sessions, in the schema connect-pg-simple reads and writes, so that every
 * instance behind the load balancer shares them.
 */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ type: 'varchar', primaryKeyConstraintName: 'sessions_pkey' })
  sid!: string;

  @Column({ type: 'json' })
  sess!: Record<string, unknown>;

  @Index('sessions_expire_idx')
  @Column({ type: 'timestamp', precision: 6 })
  expire!: Date;
}
