import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAuditConcurrency1795890167382 implements MigrationInterface {
    name = 'AccountsAuditConcurrency1795890167382';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "organisation_id" uuid NOT NULL, "network_id" uuid NOT NULL, "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_user_account_email" UNIQUE ("email"), CONSTRAINT "CHK_user_account_role" CHECK ("role" IN ('admin', 'co_chair', 'expert', 'scmi_reviewer', 'viewer')), CONSTRAINT "CHK_user_account_email_lower_case" CHECK ("email" = lower("email")), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6b1d49dc4407c09cf2e6e99a64" ON "user_account" ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_1f58b21a902ad8d302c0458c43" ON "user_account" ("network_id") `);
        await queryRunner.query(`CREATE TABLE "session" ("id" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_session_expiry_order" CHECK ("expires_at" <= "absolute_expires_at"), CONSTRAINT "CHK_session_id_sha256" CHECK ("id" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "ip" text NOT NULL, "outcome" text NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_sign_in_attempt_outcome" CHECK ("outcome" IN ('pending', 'succeeded', 'failed', 'throttled')), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_sign_in_attempt_ip_at" ON "sign_in_attempt" ("ip", "attempted_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_sign_in_attempt_email_at" ON "sign_in_attempt" ("email", "attempted_at") `);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "actor_user_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "action" text NOT NULL, "before" jsonb, "after" jsonb, "note" text, CONSTRAINT "CHK_audit_entry_entity_type" CHECK ("entity_type" IN ('activity', 'user')), CONSTRAINT "CHK_audit_entry_action" CHECK ("action" IN ('create', 'update', 'delete')), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9145793cad0b4c9d2a33a3cc3f" ON "audit_entry" ("actor_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_entry_network" ON "audit_entry" ("network_id", "occurred_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_entry_entity" ON "audit_entry" ("entity_type", "entity_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "idempotency_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "key" text NOT NULL, "request_fingerprint" text NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_idempotency_record_user_key" UNIQUE ("user_id", "key"), CONSTRAINT "PK_0dc165e218120167e4a55dcc8d4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "FK_6b1d49dc4407c09cf2e6e99a646" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "FK_1f58b21a902ad8d302c0458c439" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_0e2563bfcc11d0b600d74cd2f98" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_9145793cad0b4c9d2a33a3cc3fd" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "idempotency_record" ADD CONSTRAINT "FK_ea6a9998358feb2884e3aed563a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "idempotency_record" DROP CONSTRAINT "FK_ea6a9998358feb2884e3aed563a"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_9145793cad0b4c9d2a33a3cc3fd"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_0e2563bfcc11d0b600d74cd2f98"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "FK_1f58b21a902ad8d302c0458c439"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "FK_6b1d49dc4407c09cf2e6e99a646"`);
        await queryRunner.query(`DROP TABLE "idempotency_record"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_entity"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_network"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9145793cad0b4c9d2a33a3cc3f"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempt_email_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempt_ip_at"`);
        await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1f58b21a902ad8d302c0458c43"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6b1d49dc4407c09cf2e6e99a64"`);
        await queryRunner.query(`DROP TABLE "user_account"`);
    }
}
