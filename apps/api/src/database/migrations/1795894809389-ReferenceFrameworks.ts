import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceFrameworks1795894809389 implements MigrationInterface {
    name = 'ReferenceFrameworks1795894809389';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type_ca4e876a"`);
        await queryRunner.query(`CREATE TABLE "gcm_objective" ("number" integer NOT NULL, "title" text NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_ca6f47b9aad87d51c01b9c319a5" PRIMARY KEY ("number"))`);
        await queryRunner.query(`CREATE TABLE "gcm_guiding_principle" ("position" integer NOT NULL, "name" text NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_9b425d48256bc497d06c86997dc" PRIMARY KEY ("position"))`);
        await queryRunner.query(`CREATE TABLE "sdg_target" ("code" text NOT NULL, "wording" text, "wording_note" text, CONSTRAINT "PK_3257fedfbbf7c2e56e20e1f592a" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "sdg_indicator" ("code" text NOT NULL, "target_code" text NOT NULL, "wording" text NOT NULL, "custodian" text, "wording_note" text, "is_wording_verified" boolean NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_52330d43db8b3ab1c8feb9c7031" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1bbe70a65cef9f0996ed6e85f5" ON "sdg_indicator" ("target_code") `);
        await queryRunner.query(`CREATE TABLE "strategy_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "is_placeholder" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc52a9424688e97ab690e7c0a8c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a399a720b6a925c1672e27b500" ON "strategy_goal" ("network_id") `);
        await queryRunner.query(`CREATE TABLE "strategy_objective" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "is_placeholder" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11b55e540f47c19b7fec713eb1f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6750fef87cc17e0ddb95d44535" ON "strategy_objective" ("goal_id") `);
        await queryRunner.query(`CREATE TABLE "crosswalk_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_objective_id" uuid NOT NULL, "target_kind" text NOT NULL, "target_key" text NOT NULL, "gcm_objective_number" integer, "sdg_target_code" text, "sdg_indicator_code" text, "fit" text NOT NULL, "rationale" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_crosswalk_link_target" UNIQUE ("strategy_objective_id", "target_key"), CONSTRAINT "CHK_crosswalk_link_rationale" CHECK (length(btrim("rationale")) > 0), CONSTRAINT "CHK_crosswalk_link_one_target" CHECK (("target_kind" = 'gcm_objective') = ("gcm_objective_number" IS NOT NULL) AND ("target_kind" = 'sdg_target') = ("sdg_target_code" IS NOT NULL) AND ("target_kind" = 'sdg_indicator') = ("sdg_indicator_code" IS NOT NULL)), CONSTRAINT "CHK_crosswalk_link_target_kind" CHECK ("target_kind" IN ('gcm_objective', 'sdg_target', 'sdg_indicator')), CONSTRAINT "CHK_crosswalk_link_fit" CHECK ("fit" IN ('direct', 'partial', 'proxy')), CONSTRAINT "PK_65061992bf3a4b31d47c3a4a1e0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5cbc2c284cb1e2606830d5de8d" ON "crosswalk_link" ("gcm_objective_number") `);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type_aac68f3a" CHECK ("entity_type" IN ('activity', 'user', 'agenda', 'deliverable', 'person', 'progress_entry', 'plan_baseline', 'outcome_record', 'action_point', 'strategy_goal', 'strategy_objective', 'crosswalk_link'))`);
        await queryRunner.query(`ALTER TABLE "sdg_indicator" ADD CONSTRAINT "FK_1bbe70a65cef9f0996ed6e85f59" FOREIGN KEY ("target_code") REFERENCES "sdg_target"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "strategy_goal" ADD CONSTRAINT "FK_a399a720b6a925c1672e27b5007" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "strategy_objective" ADD CONSTRAINT "FK_6750fef87cc17e0ddb95d445359" FOREIGN KEY ("goal_id") REFERENCES "strategy_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "crosswalk_link" ADD CONSTRAINT "FK_b662b0f634cc2e5f608ff0647d6" FOREIGN KEY ("strategy_objective_id") REFERENCES "strategy_objective"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "crosswalk_link" ADD CONSTRAINT "FK_5cbc2c284cb1e2606830d5de8dc" FOREIGN KEY ("gcm_objective_number") REFERENCES "gcm_objective"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "crosswalk_link" ADD CONSTRAINT "FK_ab6e584714c5120b69569486439" FOREIGN KEY ("sdg_target_code") REFERENCES "sdg_target"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "crosswalk_link" ADD CONSTRAINT "FK_06f311b98c608db6cae6787dc98" FOREIGN KEY ("sdg_indicator_code") REFERENCES "sdg_indicator"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "crosswalk_link" DROP CONSTRAINT "FK_06f311b98c608db6cae6787dc98"`);
        await queryRunner.query(`ALTER TABLE "crosswalk_link" DROP CONSTRAINT "FK_ab6e584714c5120b69569486439"`);
        await queryRunner.query(`ALTER TABLE "crosswalk_link" DROP CONSTRAINT "FK_5cbc2c284cb1e2606830d5de8dc"`);
        await queryRunner.query(`ALTER TABLE "crosswalk_link" DROP CONSTRAINT "FK_b662b0f634cc2e5f608ff0647d6"`);
        await queryRunner.query(`ALTER TABLE "strategy_objective" DROP CONSTRAINT "FK_6750fef87cc17e0ddb95d445359"`);
        await queryRunner.query(`ALTER TABLE "strategy_goal" DROP CONSTRAINT "FK_a399a720b6a925c1672e27b5007"`);
        await queryRunner.query(`ALTER TABLE "sdg_indicator" DROP CONSTRAINT "FK_1bbe70a65cef9f0996ed6e85f59"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type_aac68f3a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5cbc2c284cb1e2606830d5de8d"`);
        await queryRunner.query(`DROP TABLE "crosswalk_link"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6750fef87cc17e0ddb95d44535"`);
        await queryRunner.query(`DROP TABLE "strategy_objective"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a399a720b6a925c1672e27b500"`);
        await queryRunner.query(`DROP TABLE "strategy_goal"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1bbe70a65cef9f0996ed6e85f5"`);
        await queryRunner.query(`DROP TABLE "sdg_indicator"`);
        await queryRunner.query(`DROP TABLE "sdg_target"`);
        await queryRunner.query(`DROP TABLE "gcm_guiding_principle"`);
        await queryRunner.query(`DROP TABLE "gcm_objective"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type_ca4e876a" CHECK ((entity_type = ANY (ARRAY['activity'::text, 'user'::text, 'agenda'::text, 'deliverable'::text, 'person'::text, 'progress_entry'::text, 'plan_baseline'::text, 'outcome_record'::text, 'action_point'::text])))`);
    }
}
