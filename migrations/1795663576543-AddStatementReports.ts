import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStatementReports1795663576543 implements MigrationInterface {
  name = 'AddStatementReports1795663576543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "statement_reports" ("statement_id" uuid NOT NULL, "open_count" integer NOT NULL DEFAULT \'0\', "total_count" integer NOT NULL DEFAULT \'0\', "reasons" jsonb NOT NULL DEFAULT \'{}\', "last_reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "statement_reports_pkey" PRIMARY KEY ("statement_id"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "statement_reports"');
  }
}
