import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkplanFollowUp1795892629066 implements MigrationInterface {
    name = 'WorkplanFollowUp1795892629066';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type"`);
        await queryRunner.query(`CREATE TABLE "action_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_activity_id" uuid NOT NULL, "title" text NOT NULL, "owner_organisation_id" uuid NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL, "feeds_activity_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_action_point_status" CHECK ("status" IN ('open', 'in_progress', 'done', 'dropped')), CONSTRAINT "PK_0ef89e985cdefa8e982020a1ad5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3ad71b04a7745f8627f0cab159" ON "action_point" ("source_activity_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_337c9d5d3f9bda0c505f44f457" ON "action_point" ("owner_organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_8028a08cfc41955850737c508d" ON "action_point" ("feeds_activity_id") `);
        await queryRunner.query(`CREATE TABLE "progress_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_user_id" uuid, "from_status" text NOT NULL, "to_status" text NOT NULL, "note" text, CONSTRAINT "CHK_progress_entry_to_status" CHECK ("to_status" IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')), CONSTRAINT "CHK_progress_entry_from_status" CHECK ("from_status" IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')), CONSTRAINT "PK_2087004aaffee249ff4adcd5281" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_41962c78abf9d6b4a119abbc19" ON "progress_entry" ("recorded_by_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_progress_entry_activity_recorded" ON "progress_entry" ("activity_id", "recorded_at") `);
        await queryRunner.query(`CREATE TABLE "outcome_sign_off" ("outcome_record_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signed_by_user_id" uuid, CONSTRAINT "PK_94735250df962bc704d9d8e0f56" PRIMARY KEY ("outcome_record_id", "organisation_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_02aa2bb7fbbc9df7f0354f9d98" ON "outcome_sign_off" ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_e6a8ecc414cb60f314fe5885c8" ON "outcome_sign_off" ("signed_by_user_id") `);
        await queryRunner.query(`CREATE TABLE "outcome_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "summary" text NOT NULL, "decisions" text array NOT NULL, "review_status" text NOT NULL, "last_return_organisation_id" uuid, "last_return_reason" text, "last_returned_at" TIMESTAMP WITH TIME ZONE, "last_returned_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_outcome_record_activity" UNIQUE ("activity_id"), CONSTRAINT "REL_d2fd64cf78aa6d12d0d037b9d2" UNIQUE ("activity_id"), CONSTRAINT "CHK_outcome_record_last_return" CHECK (("last_return_organisation_id" IS NULL) = ("last_return_reason" IS NULL) AND ("last_return_reason" IS NULL) = ("last_returned_at" IS NULL)), CONSTRAINT "CHK_outcome_record_review_status" CHECK ("review_status" IN ('draft', 'partially_signed', 'signed_off', 'returned')), CONSTRAINT "PK_9956a7caf7944715c9114c51387" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "plan_baseline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workplan_id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_user_id" uuid, "activities" jsonb NOT NULL, CONSTRAINT "PK_c5e10273a2bb661eca6b5f0513e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_202144aa0bfbdbd7f2b9a80475" ON "plan_baseline" ("created_by_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_plan_baseline_workplan_created" ON "plan_baseline" ("workplan_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "person" ADD "time_zone" text`);
        await queryRunner.query(`ALTER TABLE "activity" ADD "gcm_objective_numbers" integer array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "activity" ADD "sdg_target_codes" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type_ca4e876a" CHECK ("entity_type" IN ('activity', 'user', 'agenda', 'deliverable', 'person', 'progress_entry', 'plan_baseline', 'outcome_record', 'action_point'))`);
        await queryRunner.query(`ALTER TABLE "action_point" ADD CONSTRAINT "FK_3ad71b04a7745f8627f0cab159f" FOREIGN KEY ("source_activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action_point" ADD CONSTRAINT "FK_337c9d5d3f9bda0c505f44f4574" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action_point" ADD CONSTRAINT "FK_8028a08cfc41955850737c508d8" FOREIGN KEY ("feeds_activity_id") REFERENCES "activity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "progress_entry" ADD CONSTRAINT "FK_01017cf3bc3c592993c8186a7e2" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "progress_entry" ADD CONSTRAINT "FK_41962c78abf9d6b4a119abbc191" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outcome_sign_off" ADD CONSTRAINT "FK_e4687ad32057c057e4a81dba368" FOREIGN KEY ("outcome_record_id") REFERENCES "outcome_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outcome_sign_off" ADD CONSTRAINT "FK_02aa2bb7fbbc9df7f0354f9d98d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outcome_sign_off" ADD CONSTRAINT "FK_e6a8ecc414cb60f314fe5885c8b" FOREIGN KEY ("signed_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outcome_record" ADD CONSTRAINT "FK_d2fd64cf78aa6d12d0d037b9d2b" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outcome_record" ADD CONSTRAINT "FK_c2547408ec8b82f739d6982d2fc" FOREIGN KEY ("last_return_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outcome_record" ADD CONSTRAINT "FK_a635113dfd3abe64df3c9d2a2e5" FOREIGN KEY ("last_returned_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_baseline" ADD CONSTRAINT "FK_1383d93d80e80470c99f635ccb9" FOREIGN KEY ("workplan_id") REFERENCES "workplan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_baseline" ADD CONSTRAINT "FK_202144aa0bfbdbd7f2b9a804759" FOREIGN KEY ("created_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "plan_baseline" DROP CONSTRAINT "FK_202144aa0bfbdbd7f2b9a804759"`);
        await queryRunner.query(`ALTER TABLE "plan_baseline" DROP CONSTRAINT "FK_1383d93d80e80470c99f635ccb9"`);
        await queryRunner.query(`ALTER TABLE "outcome_record" DROP CONSTRAINT "FK_a635113dfd3abe64df3c9d2a2e5"`);
        await queryRunner.query(`ALTER TABLE "outcome_record" DROP CONSTRAINT "FK_c2547408ec8b82f739d6982d2fc"`);
        await queryRunner.query(`ALTER TABLE "outcome_record" DROP CONSTRAINT "FK_d2fd64cf78aa6d12d0d037b9d2b"`);
        await queryRunner.query(`ALTER TABLE "outcome_sign_off" DROP CONSTRAINT "FK_e6a8ecc414cb60f314fe5885c8b"`);
        await queryRunner.query(`ALTER TABLE "outcome_sign_off" DROP CONSTRAINT "FK_02aa2bb7fbbc9df7f0354f9d98d"`);
        await queryRunner.query(`ALTER TABLE "outcome_sign_off" DROP CONSTRAINT "FK_e4687ad32057c057e4a81dba368"`);
        await queryRunner.query(`ALTER TABLE "progress_entry" DROP CONSTRAINT "FK_41962c78abf9d6b4a119abbc191"`);
        await queryRunner.query(`ALTER TABLE "progress_entry" DROP CONSTRAINT "FK_01017cf3bc3c592993c8186a7e2"`);
        await queryRunner.query(`ALTER TABLE "action_point" DROP CONSTRAINT "FK_8028a08cfc41955850737c508d8"`);
        await queryRunner.query(`ALTER TABLE "action_point" DROP CONSTRAINT "FK_337c9d5d3f9bda0c505f44f4574"`);
        await queryRunner.query(`ALTER TABLE "action_point" DROP CONSTRAINT "FK_3ad71b04a7745f8627f0cab159f"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type_ca4e876a"`);
        await queryRunner.query(`ALTER TABLE "activity" DROP COLUMN "sdg_target_codes"`);
        await queryRunner.query(`ALTER TABLE "activity" DROP COLUMN "gcm_objective_numbers"`);
        await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "time_zone"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_plan_baseline_workplan_created"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_202144aa0bfbdbd7f2b9a80475"`);
        await queryRunner.query(`DROP TABLE "plan_baseline"`);
        await queryRunner.query(`DROP TABLE "outcome_record"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e6a8ecc414cb60f314fe5885c8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_02aa2bb7fbbc9df7f0354f9d98"`);
        await queryRunner.query(`DROP TABLE "outcome_sign_off"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_progress_entry_activity_recorded"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_41962c78abf9d6b4a119abbc19"`);
        await queryRunner.query(`DROP TABLE "progress_entry"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8028a08cfc41955850737c508d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_337c9d5d3f9bda0c505f44f457"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3ad71b04a7745f8627f0cab159"`);
        await queryRunner.query(`DROP TABLE "action_point"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type" CHECK ((entity_type = ANY (ARRAY['activity'::text, 'user'::text])))`);
    }
}
