import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutboxMessages1795659004365 implements MigrationInterface {
  name = 'CreateOutboxMessages1795659004365';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template" character varying(60) NOT NULL, "recipient" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "body_text" text NOT NULL, "body_html" text, "status" character varying(20) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "transport_message_id" character varying(998), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outbox_messages_status_check" CHECK ("status" IN (\'pending\', \'sending\', \'sent\', \'failed\')), CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"  ("status", "next_attempt_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."outbox_messages_status_next_attempt_at_idx"');
    await queryRunner.query('DROP TABLE "outbox_messages"');
  }
}
