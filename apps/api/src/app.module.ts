import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { ActivitiesModule } from './activities/activities.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { WorkplansModule } from './workplans/workplans.module.js';

@Module({})
export class AppModule {
  static register(dataSourceOptions: DataSourceOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Fail at once when the database is unreachable instead of retrying for half a minute.
        TypeOrmModule.forRoot({ ...dataSourceOptions, retryAttempts: 0 }),
        HealthModule,
        OrganisationsModule,
        WorkplansModule,
        ActivitiesModule,
        EventsModule,
      ],
    };
  }
}
