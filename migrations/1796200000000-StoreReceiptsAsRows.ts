import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receipts are rebuilt from stored rows instead of being kept as JSON:
 * - An Idempotency-Key names the statement it made and keeps the secret of its links; a retry's
 *   receipt is built from them. Keys stored as JSON before are carried over.
 * - An outbox mail may be a template name with JSON parameters, rendered when it is sent.
 */
export class StoreReceiptsAsRows1796200000000 implements MigrationInterface {
  name = 'StoreReceiptsAsRows1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "idempotency_keys" ADD "statement_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "idempotency_keys" ADD "status_token" character varying(64)',
    );
    await queryRunner.query(
      `UPDATE "idempotency_keys" SET "statement_id" = ("response" ->> 'id')::uuid,
              "status_token" = substring("response" ->> 'statusUrl' FROM '[?&]token=([^&]+)')
       WHERE "response" IS NOT NULL`,
    );
    await queryRunner.query('ALTER TABLE "idempotency_keys" DROP COLUMN "response"');
    await queryRunner.query('ALTER TABLE "idempotency_keys" DROP COLUMN "status_code"');
    await queryRunner.query('ALTER TABLE "outbox_messages" ADD "params" jsonb');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_messages" DROP COLUMN "params"');
    await queryRunner.query('ALTER TABLE "idempotency_keys" ADD "status_code" integer');
    await queryRunner.query('ALTER TABLE "idempotency_keys" ADD "response" jsonb');
    await queryRunner.query(
      `UPDATE "idempotency_keys" k SET "status_code" = 201, "response" = jsonb_build_object(
              'id', s.id, 'reference', s.reference,
              'receivedAt', to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'publicationStatus', s.publication_status,
              'statusUrl', '/stellungnahmen/status?ref=' || replace(s.reference, '/', '%2F') || '&token=' || k.status_token,
              'receiptUrl', '/api/statements/receipt.pdf?reference=' || replace(s.reference, '/', '%2F') || '&token=' || k.status_token,
              'mailed', EXISTS (SELECT 1 FROM statement_submitters sub WHERE sub.statement_id = s.id AND sub.email IS NOT NULL))
       FROM statements s WHERE s.id = k.statement_id`,
    );
    await queryRunner.query('ALTER TABLE "idempotency_keys" DROP COLUMN "status_token"');
    await queryRunner.query('ALTER TABLE "idempotency_keys" DROP COLUMN "statement_id"');
  }
}
