import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The publication version of each procedure's public statements (owned by the statements
 * module): a counter that every change of what the public map shows raises, kept by triggers on
 * `statements` so that no code path (intake with post-moderation, moderation decisions,
 * redactions, bulk loads) can change the map without changing the version. It is the basis of
 * the map answers' strong ETag and of the map index's rebuilds (ADR 0006).
 *
 * - INSERT: one statement-level trigger with a transition table, so a batch of published
 *   statements (group commit) raises the version once per procedure, not once per row.
 * - UPDATE: a row trigger limited to the two columns that change the public display; moderation
 *   decides one statement at a time.
 */
export class AddStatementMapVersions1796687119985 implements MigrationInterface {
  name = 'AddStatementMapVersions1796687119985';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "statement_map_versions" (
      "procedure_id" uuid NOT NULL,
      "version" bigint NOT NULL DEFAULT 0,
      CONSTRAINT "PK_statement_map_versions" PRIMARY KEY ("procedure_id"),
      CONSTRAINT "FK_statement_map_versions_procedure" FOREIGN KEY ("procedure_id")
        REFERENCES "procedures"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(`INSERT INTO "statement_map_versions" ("procedure_id", "version")
      SELECT "id", 1 FROM "procedures"`);
    await queryRunner.query(`CREATE FUNCTION statements_map_version_inserted() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_map_versions AS v (procedure_id, version)
          SELECT DISTINCT procedure_id, 1 FROM inserted_statements
          WHERE publication_status = 'published'
          ORDER BY procedure_id
        ON CONFLICT (procedure_id) DO UPDATE SET version = v.version + 1;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER statements_map_version_inserted
      AFTER INSERT ON "statements" REFERENCING NEW TABLE AS inserted_statements
      FOR EACH STATEMENT EXECUTE FUNCTION statements_map_version_inserted()`);
    await queryRunner.query(`CREATE FUNCTION statements_map_version_updated() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statement_map_versions AS v (procedure_id, version) VALUES (NEW.procedure_id, 1)
        ON CONFLICT (procedure_id) DO UPDATE SET version = v.version + 1;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER statements_map_version_updated
      AFTER UPDATE OF "publication_status", "published_text" ON "statements"
      FOR EACH ROW WHEN (OLD.publication_status IS DISTINCT FROM NEW.publication_status
                         OR OLD.published_text IS DISTINCT FROM NEW.published_text)
      EXECUTE FUNCTION statements_map_version_updated()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER statements_map_version_updated ON "statements"');
    await queryRunner.query('DROP FUNCTION statements_map_version_updated()');
    await queryRunner.query('DROP TRIGGER statements_map_version_inserted ON "statements"');
    await queryRunner.query('DROP FUNCTION statements_map_version_inserted()');
    await queryRunner.query('DROP TABLE "statement_map_versions"');
  }
}
