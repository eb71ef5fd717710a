import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPhasesDocumentsAudit1795661055168 implements MigrationInterface {
  name = 'AddPhasesDocumentsAudit1795661055168';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" character varying(200) NOT NULL DEFAULT \'\', "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(60) NOT NULL, "before" jsonb, "after" jsonb, "reason" text, CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity_type", "entity_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "procedure_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "kind" character varying(30) NOT NULL, "filename" character varying(255) NOT NULL, "media_type" character varying(100) NOT NULL, "size" bigint NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "procedure_documents_kind_check" CHECK ("kind" IN (\'plan\', \'begruendung\', \'umweltbericht\', \'gutachten\', \'bekanntmachung\', \'other\')), CONSTRAINT "procedure_documents_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "procedure_documents_procedure_idx" ON "procedure_documents"  ("procedure_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "phases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "round" integer, "title" character varying(200) NOT NULL DEFAULT \'\', "start_date" date NOT NULL, "end_date" date NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "moderation_mode" character varying(10) NOT NULL, "notice_published_on" date, "environmental_information" text NOT NULL DEFAULT \'\', "area_description" text NOT NULL DEFAULT \'\', "shortened_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "phases_period_check" CHECK ("opens_at" < "closes_at"), CONSTRAINT "phases_moderation_mode_check" CHECK ("moderation_mode" IN (\'pre\', \'post\', \'none\')), CONSTRAINT "phases_kind_check" CHECK ("kind" IN (\'early_public\', \'early_agencies\', \'publication\', \'agencies\', \'republication\', \'informal\')), CONSTRAINT "phases_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "phases_window_idx" ON "phases"  ("procedure_id", "opens_at", "closes_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "procedure_documents" ADD CONSTRAINT "procedure_documents_procedure_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phases" ADD CONSTRAINT "phases_procedure_fkey" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Written by hand: the audit log is append-only for every database user and code path.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()',
    );
    // Written by hand: German full-text search on procedures (the expression in ProceduresService).
    await queryRunner.query(
      `CREATE INDEX "procedures_search_idx" ON "procedures" USING gin (to_tsvector('german', "title" || ' ' || "summary" || ' ' || "description"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."procedures_search_idx"');
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON "audit_log"');
    await queryRunner.query('DROP FUNCTION audit_log_append_only()');
    await queryRunner.query('ALTER TABLE "phases" DROP CONSTRAINT "phases_procedure_fkey"');
    await queryRunner.query(
      'ALTER TABLE "procedure_documents" DROP CONSTRAINT "procedure_documents_procedure_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."phases_window_idx"');
    await queryRunner.query('DROP TABLE "phases"');
    await queryRunner.query('DROP INDEX "public"."procedure_documents_procedure_idx"');
    await queryRunner.query('DROP TABLE "procedure_documents"');
    await queryRunner.query('DROP INDEX "public"."audit_log_entity_idx"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
