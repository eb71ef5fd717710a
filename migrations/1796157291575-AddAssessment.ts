import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssessment1796157291575 implements MigrationInterface {
  name = 'AddAssessment1796157291575';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram similarity finds mass submissions; PGlite loads pg_trgm at start (embedded.ts).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE INDEX "statements_text_trgm_idx" ON "statements" USING gin ("text" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE TABLE "statement_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "lead_statement_id" uuid NOT NULL, "size" integer NOT NULL, "public_notice" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "statement_groups_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "statement_groups_procedure_idx" ON "statement_groups"  ("procedure_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "response_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "topic" character varying(100), "title" character varying(200) NOT NULL, "result" character varying(20) NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "response_templates_result_check" CHECK ("result" IN (\'followed\', \'partly_followed\', \'not_followed\', \'acknowledged\')), CONSTRAINT "response_templates_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "response_templates_procedure_topic_idx" ON "response_templates"  ("procedure_id", "topic") ',
    );
    await queryRunner.query(
      'CREATE TABLE "result_letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "pdf" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "result_letters_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "result_letters_statement_idx" ON "result_letters"  ("statement_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessments" ("statement_id" uuid NOT NULL, "procedure_id" uuid NOT NULL, "result" character varying(20), "response" text NOT NULL DEFAULT \'\', "assignee_id" uuid, "group_id" uuid, "version" integer NOT NULL DEFAULT \'0\', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assessments_result_check" CHECK ("result" IN (\'followed\', \'partly_followed\', \'not_followed\', \'acknowledged\')), CONSTRAINT "assessments_pkey" PRIMARY KEY ("statement_id"))',
    );
    await queryRunner.query('CREATE INDEX "assessments_group_idx" ON "assessments"  ("group_id") ');
    await queryRunner.query(
      'CREATE INDEX "assessments_procedure_idx" ON "assessments"  ("procedure_id", "assignee_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "statements_procedure_received_idx" ON "statements"  ("procedure_id", "received_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "response_templates" ADD CONSTRAINT "response_templates_procedure_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "result_letters" ADD CONSTRAINT "result_letters_statement_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessments" ADD CONSTRAINT "assessments_statement_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assignee_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessments" ADD CONSTRAINT "assessments_group_fkey" FOREIGN KEY ("group_id") REFERENCES "statement_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "assessments" DROP CONSTRAINT "assessments_group_fkey"');
    await queryRunner.query(
      'ALTER TABLE "assessments" DROP CONSTRAINT "assessments_assignee_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessments" DROP CONSTRAINT "assessments_statement_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "result_letters" DROP CONSTRAINT "result_letters_statement_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "response_templates" DROP CONSTRAINT "response_templates_procedure_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."statements_procedure_received_idx"');
    await queryRunner.query('DROP INDEX "public"."assessments_procedure_idx"');
    await queryRunner.query('DROP INDEX "public"."assessments_group_idx"');
    await queryRunner.query('DROP TABLE "assessments"');
    await queryRunner.query('DROP INDEX "public"."result_letters_statement_idx"');
    await queryRunner.query('DROP TABLE "result_letters"');
    await queryRunner.query('DROP INDEX "public"."response_templates_procedure_topic_idx"');
    await queryRunner.query('DROP TABLE "response_templates"');
    await queryRunner.query('DROP INDEX "public"."statement_groups_procedure_idx"');
    await queryRunner.query('DROP TABLE "statement_groups"');
    await queryRunner.query('DROP INDEX "public"."statements_text_trgm_idx"');
    // The extension stays: other objects of the database may have come to rely on it.
  }
}
