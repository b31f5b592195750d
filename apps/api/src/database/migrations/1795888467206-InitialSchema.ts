import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795888467206 implements MigrationInterface {
    name = 'InitialSchema1795888467206';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "short_name" text, "kind" text NOT NULL, CONSTRAINT "CHK_organisation_kind" CHECK ("kind" IN ('un_entity', 'government_body', 'civil_society', 'fund', 'member_state')), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "honorific" text, "name" text NOT NULL, "title" text NOT NULL, "organisation_id" uuid, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_53e60754c1edacbd248622810d" ON "person" ("organisation_id") `);
        await queryRunner.query(`CREATE TABLE "agenda_speaker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "person_id" uuid NOT NULL, "minutes" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "CHK_agenda_speaker_minutes" CHECK ("minutes" > 0), CONSTRAINT "PK_b3fb9e9d05af623567fe7dea710" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a9ea5fcf0cbf9ab830b8cd94cb" ON "agenda_speaker" ("person_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_agenda_speaker_item_position" ON "agenda_speaker" ("agenda_item_id", "position") `);
        await queryRunner.query(`CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "schedule_id" uuid NOT NULL, "position" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "has_qa" boolean NOT NULL, "version" integer NOT NULL, CONSTRAINT "CHK_agenda_item_duration" CHECK ("duration_minutes" > 0), CONSTRAINT "CHK_agenda_item_kind" CHECK ("kind" IN ('opening', 'presentation', 'panel', 'discussion', 'break', 'closing')), CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_agenda_item_schedule_position" ON "agenda_item" ("schedule_id", "position") `);
        await queryRunner.query(`CREATE TABLE "event_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "window_end" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "platform" text, CONSTRAINT "REL_3ecc6d3f93faac235eb8ae8b04" UNIQUE ("activity_id"), CONSTRAINT "CHK_event_schedule_window" CHECK ("window_start" < "window_end"), CONSTRAINT "PK_7ca5fcf249442735ae9189e9367" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "country_network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country_code" text NOT NULL, "name" text NOT NULL, "established_on" date NOT NULL, CONSTRAINT "UQ_country_network_country_code" UNIQUE ("country_code"), CONSTRAINT "CHK_country_network_country_code" CHECK ("country_code" ~ '^[A-Z]{2}$'), CONSTRAINT "PK_09c9d708ad03af5b2203743b74b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "workplan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "title" text NOT NULL, "year" integer NOT NULL, "source" text, CONSTRAINT "PK_0d94b2cefbc6b2360ff3410a75c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1aa38a595719fbc4b944b5c2f4" ON "workplan" ("network_id") `);
        await queryRunner.query(`CREATE TABLE "deliverable" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "title" text NOT NULL, "status" text NOT NULL, "position" integer NOT NULL, "version" integer NOT NULL, CONSTRAINT "CHK_deliverable_status" CHECK ("status" IN ('pending', 'in_progress', 'delivered', 'dropped')), CONSTRAINT "PK_fbed21e1ad3464d9fb7729ad51d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e9f78bf427bf48ad1aba925d6b" ON "deliverable" ("activity_id") `);
        await queryRunner.query(`CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workplan_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "purpose" text NOT NULL, "status" text NOT NULL, "date_span" jsonb NOT NULL, "earliest_day" date NOT NULL, "latest_day" date NOT NULL, "objectives" text array NOT NULL, "position" integer NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_activity_day_order" CHECK ("earliest_day" <= "latest_day"), CONSTRAINT "CHK_activity_status" CHECK ("status" IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')), CONSTRAINT "CHK_activity_kind" CHECK ("kind" IN ('workshop', 'webinar', 'expert_engagement', 'meeting', 'consultation', 'training', 'report', 'other')), CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_activity_workplan_days" ON "activity" ("workplan_id", "earliest_day", "latest_day") `);
        await queryRunner.query(`CREATE TABLE "activity_organisation" ("activity_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "CHK_activity_organisation_role" CHECK ("role" IN ('lead', 'participating')), CONSTRAINT "PK_68e39d3cb51d278bcae35026894" PRIMARY KEY ("activity_id", "organisation_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9346a2ece228a9fe4870f48cbf" ON "activity_organisation" ("organisation_id") `);
        await queryRunner.query(`CREATE TABLE "country_network_co_chair" ("network_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_8cd413ea0b74877f133aa1c8240" PRIMARY KEY ("network_id", "organisation_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9ed942f92234d06330132503b6" ON "country_network_co_chair" ("network_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_d00f34ccafd887daac207e85fe" ON "country_network_co_chair" ("organisation_id") `);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_53e60754c1edacbd248622810d8" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agenda_speaker" ADD CONSTRAINT "FK_1cdb0347db820b9db4bbcc4949e" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agenda_speaker" ADD CONSTRAINT "FK_a9ea5fcf0cbf9ab830b8cd94cbc" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_413437c71b7f33084beee3e8f64" FOREIGN KEY ("schedule_id") REFERENCES "event_schedule"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_schedule" ADD CONSTRAINT "FK_3ecc6d3f93faac235eb8ae8b049" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "workplan" ADD CONSTRAINT "FK_1aa38a595719fbc4b944b5c2f4c" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "deliverable" ADD CONSTRAINT "FK_e9f78bf427bf48ad1aba925d6b1" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_06980e4b760b39fb7f23ef689b7" FOREIGN KEY ("workplan_id") REFERENCES "workplan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity_organisation" ADD CONSTRAINT "FK_5f35139599a9e0223725675d127" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity_organisation" ADD CONSTRAINT "FK_9346a2ece228a9fe4870f48cbfc" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "country_network_co_chair" ADD CONSTRAINT "FK_9ed942f92234d06330132503b6b" FOREIGN KEY ("network_id") REFERENCES "country_network"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "country_network_co_chair" ADD CONSTRAINT "FK_d00f34ccafd887daac207e85fe2" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "country_network_co_chair" DROP CONSTRAINT "FK_d00f34ccafd887daac207e85fe2"`);
        await queryRunner.query(`ALTER TABLE "country_network_co_chair" DROP CONSTRAINT "FK_9ed942f92234d06330132503b6b"`);
        await queryRunner.query(`ALTER TABLE "activity_organisation" DROP CONSTRAINT "FK_9346a2ece228a9fe4870f48cbfc"`);
        await queryRunner.query(`ALTER TABLE "activity_organisation" DROP CONSTRAINT "FK_5f35139599a9e0223725675d127"`);
        await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_06980e4b760b39fb7f23ef689b7"`);
        await queryRunner.query(`ALTER TABLE "deliverable" DROP CONSTRAINT "FK_e9f78bf427bf48ad1aba925d6b1"`);
        await queryRunner.query(`ALTER TABLE "workplan" DROP CONSTRAINT "FK_1aa38a595719fbc4b944b5c2f4c"`);
        await queryRunner.query(`ALTER TABLE "event_schedule" DROP CONSTRAINT "FK_3ecc6d3f93faac235eb8ae8b049"`);
        await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_413437c71b7f33084beee3e8f64"`);
        await queryRunner.query(`ALTER TABLE "agenda_speaker" DROP CONSTRAINT "FK_a9ea5fcf0cbf9ab830b8cd94cbc"`);
        await queryRunner.query(`ALTER TABLE "agenda_speaker" DROP CONSTRAINT "FK_1cdb0347db820b9db4bbcc4949e"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_53e60754c1edacbd248622810d8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d00f34ccafd887daac207e85fe"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9ed942f92234d06330132503b6"`);
        await queryRunner.query(`DROP TABLE "country_network_co_chair"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9346a2ece228a9fe4870f48cbf"`);
        await queryRunner.query(`DROP TABLE "activity_organisation"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_activity_workplan_days"`);
        await queryRunner.query(`DROP TABLE "activity"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e9f78bf427bf48ad1aba925d6b"`);
        await queryRunner.query(`DROP TABLE "deliverable"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1aa38a595719fbc4b944b5c2f4"`);
        await queryRunner.query(`DROP TABLE "workplan"`);
        await queryRunner.query(`DROP TABLE "country_network"`);
        await queryRunner.query(`DROP TABLE "event_schedule"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_agenda_item_schedule_position"`);
        await queryRunner.query(`DROP TABLE "agenda_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_agenda_speaker_item_position"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a9ea5fcf0cbf9ab830b8cd94cb"`);
        await queryRunner.query(`DROP TABLE "agenda_speaker"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_53e60754c1edacbd248622810d"`);
        await queryRunner.query(`DROP TABLE "person"`);
        await queryRunner.query(`DROP TABLE "organisation"`);
    }
}
