import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAttachmentClientKey1796700000000 implements MigrationInterface {
  name = 'AddAttachmentClientKey1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "statement_attachments" ADD "client_key" character varying(64)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "statement_attachments" DROP COLUMN "client_key"');
  }
}
