import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Rate-limit counters shared by all instances (see PgThrottlerStorage). */
@Entity('throttle_counters')
export class ThrottleCounter {
  @PrimaryColumn({
    type: 'varchar',
    length: 300,
    primaryKeyConstraintName: 'throttle_counters_pkey',
  })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
