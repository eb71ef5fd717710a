import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndSessions1795659038740 implements MigrationInterface {
  name = 'CreateUsersAndSessions1795659038740';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "throttle_counters" ("key" character varying(300) NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "throttle_counters_pkey" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "sessions_pkey" PRIMARY KEY ("sid"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_expire_idx" ON "sessions"  ("expire") ');
    await queryRunner.query(
      'CREATE TABLE "app_secrets" ("name" character varying(60) NOT NULL, "value" text NOT NULL, CONSTRAINT "app_secrets_pkey" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL DEFAULT \'\', "password_hash" character varying(200), "roles" text array NOT NULL DEFAULT \'{resident}\', "email_verified_at" TIMESTAMP WITH TIME ZONE, "active" boolean NOT NULL DEFAULT true, "oidc_identity" character varying(500), "failed_sign_ins" integer NOT NULL DEFAULT \'0\', "last_failed_sign_in_at" TIMESTAMP WITH TIME ZONE, "personal_data_removed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_roles_check" CHECK ("roles" <@ ARRAY[\'resident\', \'planner\', \'moderator\', \'admin\']::text[]), CONSTRAINT "users_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "users_oidc_identity_key" ON "users"  ("oidc_identity") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_tokens_purpose_check" CHECK ("purpose" IN (\'verify_email\', \'reset_password\')), CONSTRAINT "user_tokens_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "user_tokens_user_idx" ON "user_tokens"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "user_tokens_hash_key" ON "user_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_tokens" DROP CONSTRAINT "user_tokens_user_fkey"');
    await queryRunner.query('DROP INDEX "public"."user_tokens_hash_key"');
    await queryRunner.query('DROP INDEX "public"."user_tokens_user_idx"');
    await queryRunner.query('DROP TABLE "user_tokens"');
    await queryRunner.query('DROP INDEX "public"."users_oidc_identity_key"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "app_secrets"');
    await queryRunner.query('DROP INDEX "public"."sessions_expire_idx"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TABLE "throttle_counters"');
  }
}
