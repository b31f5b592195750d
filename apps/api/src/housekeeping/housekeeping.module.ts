import { Module } from '@nestjs/common';
import { HousekeepingService } from './housekeeping.service.js';

/** Deletes ended sessions and outdated security records; `main` starts its schedule once the migrations have run. */
@Module({ providers: [HousekeepingService], exports: [HousekeepingService] })
export class HousekeepingModule {}
