import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorsBaselines1795895461020 implements MigrationInterface {
    name = 'IndicatorsBaselines1795895461020';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type_aac68f3a"`);
        await queryRunner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "definition" text NOT NULL, "measure" text NOT NULL, "unit" text, "direction" text NOT NULL, "disaggregation_dimensions" text array NOT NULL DEFAULT '{}', "custodian" text, "frequency" text, "gcm_objective_numbers" integer array NOT NULL DEFAULT '{}', "sdg_indicator_codes" text array NOT NULL DEFAULT '{}', "targets" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_indicator_network_code" UNIQUE ("network_id", "code"), CONSTRAINT "CHK_indicator_direction" CHECK ("direction" IN ('increase', 'decrease', 'none')), CONSTRAINT "CHK_indicator_measure" CHECK ("measure" IN ('number', 'percentage', 'ratio', 'qualitative', 'ordinal_policy_score')), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_738fc896c169e5f9c4fd86b3d8" ON "indicator" ("network_id") `);
        await queryRunner.query(`CREATE TABLE "indicator_baseline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "is_data_gap" boolean NOT NULL DEFAULT false, "gap_reason" text, "value" double precision, "narrative" text, "reference_year" integer NOT NULL, "reference_date" date, "disaggregation" jsonb NOT NULL DEFAULT '[]', "total" double precision, "area" text, "source_provider" text, "source_dataset" text, "source_link" text, "method" text, "nature_of_data" text, "confidence" text, "notes" text, "recorded_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_indicator_baseline_gap" CHECK (NOT "is_data_gap" OR ("value" IS NULL AND "narrative" IS NULL AND length(btrim(coalesce("gap_reason", ''))) > 0)), CONSTRAINT "CHK_indicator_baseline_year" CHECK ("reference_year" BETWEEN 1990 AND 2100), CONSTRAINT "CHK_indicator_baseline_confidence" CHECK ("confidence" IS NULL OR "confidence" IN ('high', 'medium', 'low')), CONSTRAINT "CHK_indicator_baseline_nature" CHECK ("nature_of_data" IS NULL OR "nature_of_data" IN ('country', 'country_adjusted', 'estimated', 'modelled', 'global')), CONSTRAINT "PK_04911efe323dd471f6303d91e0a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6c6eeece976267627639090662" ON "indicator_baseline" ("indicator_id") `);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type_de98408d" CHECK ("entity_type" IN ('activity', 'user', 'agenda', 'deliverable', 'person', 'progress_entry', 'plan_baseline', 'outcome_record', 'action_point', 'strategy_goal', 'strategy_objective', 'crosswalk_link', 'indicator', 'indicator_baseline'))`);
        await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_738fc896c169e5f9c4fd86b3d82" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "indicator_baseline" ADD CONSTRAINT "FK_6c6eeece976267627639090662e" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "indicator_baseline" ADD CONSTRAINT "FK_31ce53e063576a24b1eb2a14eaf" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "indicator_baseline" DROP CONSTRAINT "FK_31ce53e063576a24b1eb2a14eaf"`);
        await queryRunner.query(`ALTER TABLE "indicator_baseline" DROP CONSTRAINT "FK_6c6eeece976267627639090662e"`);
        await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_738fc896c169e5f9c4fd86b3d82"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "CHK_audit_entry_entity_type_de98408d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6c6eeece976267627639090662"`);
        await queryRunner.query(`DROP TABLE "indicator_baseline"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_738fc896c169e5f9c4fd86b3d8"`);
        await queryRunner.query(`DROP TABLE "indicator"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "CHK_audit_entry_entity_type_aac68f3a" CHECK ((entity_type = ANY (ARRAY['activity'::text, 'user'::text, 'agenda'::text, 'deliverable'::text, 'person'::text, 'progress_entry'::text, 'plan_baseline'::text, 'outcome_record'::text, 'action_point'::text, 'strategy_goal'::text, 'strategy_objective'::text, 'crosswalk_link'::text])))`);
    }
}
