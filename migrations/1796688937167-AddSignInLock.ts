import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSignInLock1796688937167 implements MigrationInterface {
  name = 'AddSignInLock1796688937167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "locked_until"');
  }
}
