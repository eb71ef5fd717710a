import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Secrets generated once per installation (e.g. the session key), shared by all instances. */
@Entity('app_secrets')
export class AppSecret {
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'app_secrets_pkey' })
  name!: string;

  @Column({ type: 'text' })
  value!: string;
}
