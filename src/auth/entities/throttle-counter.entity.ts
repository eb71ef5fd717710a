import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Rate-limit counters shared by all instances (see RateLimitStore). Unlogged: see its migration. */
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

  /**
   * The hits of the window before the last upsert added its own (0 when it began a window),
   * null when that upsert found the key blocked: what tells each of the hits it added its place.
   */
  @Column({ type: 'integer', nullable: true })
  hitsBefore!: number | null;
}
