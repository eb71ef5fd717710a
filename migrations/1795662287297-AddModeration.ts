import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddModeration1795662287297 implements MigrationInterface {
  name = 'AddModeration1795662287297';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "moderation_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "moderator_id" uuid NOT NULL, "moderator_name" character varying(200) NOT NULL, "action" character varying(20) NOT NULL, "reason_code" character varying(30), "note" text, "published_text" text, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "moderation_decisions_reason_check" CHECK ("reason_code" IS NULL OR "reason_code" IN (\'insult\', \'threat\', \'discrimination\', \'illegal\', \'advertising\', \'spam\', \'third_party_data\', \'copyright\', \'off_topic\')), CONSTRAINT "moderation_decisions_action_check" CHECK ("action" IN (\'approve\', \'reject\', \'redact\', \'unpublish\')), CONSTRAINT "moderation_decisions_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_decisions_statement_idx" ON "moderation_decisions"  ("statement_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD "moderation_version" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD "rejection_reason" character varying(30)',
    );
    // Written by hand: moderation decisions are append-only, like the audit log.
    await queryRunner.query(
      'CREATE TRIGGER moderation_decisions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "moderation_decisions" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER moderation_decisions_append_only ON "moderation_decisions"',
    );
    await queryRunner.query('ALTER TABLE "statements" DROP COLUMN "rejection_reason"');
    await queryRunner.query('ALTER TABLE "statements" DROP COLUMN "moderation_version"');
    await queryRunner.query('DROP INDEX "public"."moderation_decisions_statement_idx"');
    await queryRunner.query('DROP TABLE "moderation_decisions"');
  }
}
