import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStatements1795661776980 implements MigrationInterface {
  name = 'AddStatements1795661776980';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("key" character varying(300) NOT NULL, "request_hash" character varying(64) NOT NULL, "status_code" integer, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "statement_counters" ("procedure_id" uuid NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "statement_counters_pkey" PRIMARY KEY ("procedure_id", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "statement_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid, "phase_id" uuid NOT NULL, "filename" character varying(255) NOT NULL, "media_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "statement_attachments_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "statement_attachments_statement_idx" ON "statement_attachments"  ("statement_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "phase_id" uuid NOT NULL, "reference" character varying(100) NOT NULL, "year" integer NOT NULL, "sequence" integer NOT NULL, "text" text NOT NULL, "published_text" text, "geometry" jsonb, "point" point, "topic" character varying(100), "channel" character varying(20) NOT NULL DEFAULT \'platform\', "late" boolean NOT NULL DEFAULT false, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "processing_status" character varying(20) NOT NULL DEFAULT \'received\', "publication_status" character varying(20) NOT NULL, "submitter_type" character varying(20) NOT NULL, "status_token_hash" character varying(64) NOT NULL, "user_id" uuid, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "statements_submitter_type_check" CHECK ("submitter_type" IN (\'anonymous\', \'named\')), CONSTRAINT "statements_channel_check" CHECK ("channel" IN (\'platform\', \'email\', \'letter\', \'in_person\', \'other\')), CONSTRAINT "statements_publication_status_check" CHECK ("publication_status" IN (\'pending\', \'published\', \'rejected\', \'not_public\')), CONSTRAINT "statements_processing_status_check" CHECK ("processing_status" IN (\'received\', \'in_review\', \'assessed\', \'result_sent\')), CONSTRAINT "statements_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "statements_phase_idx" ON "statements"  ("phase_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "statements_reference_key" ON "statements"  ("reference") ',
    );
    await queryRunner.query(
      'CREATE INDEX "statements_point_idx" ON "statements" USING gist ("point") ',
    );
    await queryRunner.query(
      'CREATE INDEX "statements_public_list_idx" ON "statements"  ("procedure_id", "publication_status", "received_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "statements_procedure_sequence_key" ON "statements"  ("procedure_id", "year", "sequence") ',
    );
    await queryRunner.query(
      'CREATE TABLE "statement_submitters" ("statement_id" uuid NOT NULL, "name" character varying(200) NOT NULL DEFAULT \'\', "organisation" character varying(200) NOT NULL DEFAULT \'\', "street" character varying(200) NOT NULL DEFAULT \'\', "postcode" character varying(10) NOT NULL DEFAULT \'\', "city" character varying(100) NOT NULL DEFAULT \'\', "email" character varying(320), CONSTRAINT "statement_submitters_pkey" PRIMARY KEY ("statement_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "procedures" ADD "topics" text array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "statements_procedure_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "statements_phase_fkey" FOREIGN KEY ("phase_id") REFERENCES "phases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statement_submitters" ADD CONSTRAINT "statement_submitters_statement_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "statement_submitters" DROP CONSTRAINT "statement_submitters_statement_fkey"',
    );
    await queryRunner.query('ALTER TABLE "statements" DROP CONSTRAINT "statements_phase_fkey"');
    await queryRunner.query('ALTER TABLE "statements" DROP CONSTRAINT "statements_procedure_fkey"');
    await queryRunner.query('ALTER TABLE "procedures" DROP COLUMN "topics"');
    await queryRunner.query('DROP TABLE "statement_submitters"');
    await queryRunner.query('DROP INDEX "public"."statements_procedure_sequence_key"');
    await queryRunner.query('DROP INDEX "public"."statements_public_list_idx"');
    await queryRunner.query('DROP INDEX "public"."statements_point_idx"');
    await queryRunner.query('DROP INDEX "public"."statements_reference_key"');
    await queryRunner.query('DROP INDEX "public"."statements_phase_idx"');
    await queryRunner.query('DROP TABLE "statements"');
    await queryRunner.query('DROP INDEX "public"."statement_attachments_statement_idx"');
    await queryRunner.query('DROP TABLE "statement_attachments"');
    await queryRunner.query('DROP TABLE "statement_counters"');
    await queryRunner.query('DROP TABLE "idempotency_keys"');
  }
}
