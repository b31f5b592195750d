import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadinessReview1795897295994 implements MigrationInterface {
    name = 'ReadinessReview1795897295994';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type_de98408d"`);
        await queryRunner.query(`CREATE TABLE "readiness_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "key" text, "position" integer NOT NULL, "title" text NOT NULL, "description" text, "kind" text NOT NULL, "source" jsonb, "evidence_status" text, "evidence" jsonb NOT NULL DEFAULT '[]', "owner_organisation_id" uuid NOT NULL, "due_date" date, "review_state" text NOT NULL, "last_return_reason" text, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_readiness_criterion_network_key" UNIQUE ("network_id", "key"), CONSTRAINT "CHK_readiness_criterion_return_reason" CHECK ("review_state" NOT IN ('returned', 'answered') OR "last_return_reason" IS NOT NULL), CONSTRAINT "CHK_readiness_criterion_review_state" CHECK ("review_state" IN ('open', 'accepted', 'returned', 'answered')), CONSTRAINT "CHK_readiness_criterion_kind_fields" CHECK (("kind" = 'computed') = ("source" IS NOT NULL) AND ("kind" = 'evidence') = ("evidence_status" IS NOT NULL)), CONSTRAINT "CHK_readiness_criterion_evidence_status" CHECK ("evidence_status" IS NULL OR "evidence_status" IN ('met', 'partly_met', 'not_met')), CONSTRAINT "CHK_readiness_criterion_kind" CHECK ("kind" IN ('computed', 'evidence')), CONSTRAINT "PK_6b97a3b819dc73bd3b9a44f2e74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e88d3d4d3bb07070dcf9982e4a" ON "readiness_criterion" ("network_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9deba71524c8fc3c9703b14429" ON "readiness_criterion" ("owner_organisation_id") `);
        await queryRunner.query(`CREATE TABLE "readiness_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "criterion_id" uuid NOT NULL, "kind" text NOT NULL, "body" text, "author_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_readiness_comment_body" CHECK ("kind" = 'accept' OR length(btrim(coalesce("body", ''))) > 0), CONSTRAINT "CHK_readiness_comment_kind" CHECK ("kind" IN ('comment', 'return', 'answer', 'accept')), CONSTRAINT "PK_615f3ecfc3a754dc454ebd1b7cc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_readiness_comment_criterion" ON "readiness_comment" ("criterion_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "readiness_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "time_zone" text NOT NULL, "status" text NOT NULL, "signed_off_at" TIMESTAMP WITH TIME ZONE, "signed_off_by_user_id" uuid, "sign_off_note" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_readiness_review_network" UNIQUE ("network_id"), CONSTRAINT "CHK_readiness_review_sign_off" CHECK (("status" = 'signed_off') = ("signed_off_at" IS NOT NULL)), CONSTRAINT "CHK_readiness_review_status" CHECK ("status" IN ('in_review', 'signed_off')), CONSTRAINT "PK_ad4a5044b026ae540842f7b9058" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "indicator" ADD "gcm_principle_numbers" integer array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "activity" ADD "gcm_principle_numbers" integer array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type_9b8a429c" CHECK ("entity_type" IN ('activity', 'user', 'agenda', 'deliverable', 'person', 'progress_entry', 'plan_baseline', 'outcome_record', 'action_point', 'strategy_goal', 'strategy_objective', 'crosswalk_link', 'indicator', 'indicator_baseline', 'readiness_criterion', 'readiness_comment', 'readiness_review'))`);
        await queryRunner.query(`ALTER TABLE "readiness_criterion" ADD CONSTRAINT "FK_e88d3d4d3bb07070dcf9982e4aa" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "readiness_criterion" ADD CONSTRAINT "FK_9deba71524c8fc3c9703b144292" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "readiness_criterion" ADD CONSTRAINT "FK_a6900979635f437681cb8ed28dc" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "readiness_comment" ADD CONSTRAINT "FK_144501b29e670c320affae03451" FOREIGN KEY ("criterion_id") REFERENCES "readiness_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "readiness_comment" ADD CONSTRAINT "FK_65717c66745b0a5cdfd588ebe18" FOREIGN KEY ("author_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "readiness_review" ADD CONSTRAINT "FK_8b43674b76e93a4360a68c4ff83" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "readiness_review" ADD CONSTRAINT "FK_0875d1c53dcc3f7606c10a1fea8" FOREIGN KEY ("signed_off_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "readiness_review" DROP CONSTRAINT "FK_0875d1c53dcc3f7606c10a1fea8"`);
        await queryRunner.query(`ALTER TABLE "readiness_review" DROP CONSTRAINT "FK_8b43674b76e93a4360a68c4ff83"`);
        await queryRunner.query(`ALTER TABLE "readiness_comment" DROP CONSTRAINT "FK_65717c66745b0a5cdfd588ebe18"`);
        await queryRunner.query(`ALTER TABLE "readiness_comment" DROP CONSTRAINT "FK_144501b29e670c320affae03451"`);
        await queryRunner.query(`ALTER TABLE "readiness_criterion" DROP CONSTRAINT "FK_a6900979635f437681cb8ed28dc"`);
        await queryRunner.query(`ALTER TABLE "readiness_criterion" DROP CONSTRAINT "FK_9deba71524c8fc3c9703b144292"`);
        await queryRunner.query(`ALTER TABLE "readiness_criterion" DROP CONSTRAINT "FK_e88d3d4d3bb07070dcf9982e4aa"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type_9b8a429c"`);
        await queryRunner.query(`ALTER TABLE "activity" DROP COLUMN "gcm_principle_numbers"`);
        await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "gcm_principle_numbers"`);
        await queryRunner.query(`DROP TABLE "readiness_review"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_readiness_comment_criterion"`);
        await queryRunner.query(`DROP TABLE "readiness_comment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9deba71524c8fc3c9703b14429"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e88d3d4d3bb07070dcf9982e4a"`);
        await queryRunner.query(`DROP TABLE "readiness_criterion"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type_de98408d" CHECK ((entity_type = ANY (ARRAY['activity'::text, 'user'::text, 'agenda'::text, 'deliverable'::text, 'person'::text, 'progress_entry'::text, 'plan_baseline'::text, 'outcome_record'::text, 'action_point'::text, 'strategy_goal'::text, 'strategy_objective'::text, 'crosswalk_link'::text, 'indicator'::text, 'indicator_baseline'::text])))`);
    }
}
