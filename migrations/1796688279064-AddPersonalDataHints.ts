import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal-data hints stored per statement (moderation module, PersonalDataHintsWorker): the
 * queue reads them instead of scanning every text on every request. Existing statements get
 * theirs from the worker after the upgrade, oldest first.
 */
export class AddPersonalDataHints1796688279064 implements MigrationInterface {
  name = 'AddPersonalDataHints1796688279064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "personal_data_hints" ("statement_id" uuid NOT NULL, "hints" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "personal_data_hints_pkey" PRIMARY KEY ("statement_id"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "personal_data_hints"');
  }
}
