import { Module } from '@nestjs/common';
import { CrosswalkController } from './crosswalk.controller.js';
import { CrosswalkService } from './crosswalk.service.js';

@Module({ controllers: [CrosswalkController], providers: [CrosswalkService] })
export class CrosswalkModule {}
