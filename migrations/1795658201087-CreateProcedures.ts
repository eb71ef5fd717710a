import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProcedures1795658201087 implements MigrationInterface {
  name = 'CreateProcedures1795658201087';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "procedures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(64) NOT NULL, "title" character varying(300) NOT NULL, "type" character varying(40) NOT NULL, "district" character varying(100) NOT NULL, "summary" character varying(1000) NOT NULL DEFAULT \'\', "description" text NOT NULL DEFAULT \'\', "area" jsonb NOT NULL, "area_box" box NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'draft\', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "procedures_status_check" CHECK ("status" IN (\'draft\', \'published\', \'archived\')), CONSTRAINT "procedures_type_check" CHECK ("type" IN (\'bebauungsplan\', \'vorhabenbezogener_bebauungsplan\', \'fnp_aenderung\', \'informal\')), CONSTRAINT "procedures_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "procedures_reference_key" ON "procedures"  ("reference") ',
    );
    await queryRunner.query(
      'CREATE INDEX "procedures_district_idx" ON "procedures"  ("district") ',
    );
    await queryRunner.query(
      'CREATE INDEX "procedures_area_box_idx" ON "procedures" USING gist ("area_box") ',
    );
    await queryRunner.query('CREATE INDEX "procedures_status_idx" ON "procedures"  ("status") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."procedures_status_idx"');
    await queryRunner.query('DROP INDEX "public"."procedures_area_box_idx"');
    await queryRunner.query('DROP INDEX "public"."procedures_district_idx"');
    await queryRunner.query('DROP INDEX "public"."procedures_reference_key"');
    await queryRunner.query('DROP TABLE "procedures"');
  }
}
