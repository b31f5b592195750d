import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { AccessModule } from './access/access.module.js';
import { ActionPointsModule } from './action-points/action-points.module.js';
import { AccountsModule } from './accounts/accounts.module.js';
import { ActivitiesModule } from './activities/activities.module.js';
import { AuditModule } from './audit/audit.module.js';
import { CalendarsModule } from './calendars/calendars.module.js';
import { CommonModule } from './common/common.module.js';
import { ConcurrencyModule } from './concurrency/concurrency.module.js';
import type { SecurityConfig } from './config.js';
import { CrosswalkModule } from './crosswalk/crosswalk.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { IndicatorDashboardModule } from './dashboard/indicator-dashboard.module.js';
import { EventsModule } from './events/events.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { HealthModule } from './health/health.module.js';
import { HousekeepingModule } from './housekeeping/housekeeping.module.js';
import { MilestonesModule } from './milestones/milestones.module.js';
import { NetworksModule } from './networks/networks.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { OutcomesModule } from './outcomes/outcomes.module.js';
import { PeopleModule } from './people/people.module.js';
import { PlanBaselinesModule } from './plan-baselines/plan-baselines.module.js';
import { ReadinessModule } from './readiness/readiness.module.js';
import { ReadinessReportModule } from './readiness-report/readiness-report.module.js';
import { WorkplansModule } from './workplans/workplans.module.js';

@Module({})
export class AppModule {
  static register(dataSourceOptions: DataSourceOptions, security: SecurityConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Fail at once when the database is unreachable instead of retrying for half a minute.
        TypeOrmModule.forRoot({ ...dataSourceOptions, retryAttempts: 0 }),
        CommonModule.register(security),
        AuditModule,
        ConcurrencyModule,
        AccountsModule,
        AccessModule,
        HealthModule,
        NetworksModule,
        OrganisationsModule,
        WorkplansModule,
        ActivitiesModule,
        EventsModule,
        PeopleModule,
        PlanBaselinesModule,
        OutcomesModule,
        ActionPointsModule,
        MilestonesModule,
        CalendarsModule,
        ExportsModule,
        CrosswalkModule,
        IndicatorsModule,
        ReadinessModule,
        ReadinessReportModule,
        IndicatorDashboardModule,
        HousekeepingModule,
      ],
    };
  }
}
