import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { SecurityConfig } from '../config.js';
import { Clock } from './clock.js';
import { securityConfigToken } from './security-config.js';

/** What every feature may need: the clock and the security settings parsed from the environment. */
@Global()
@Module({})
export class CommonModule {
  static register(security: SecurityConfig): DynamicModule {
    return {
      module: CommonModule,
      providers: [Clock, { provide: securityConfigToken, useValue: security }],
      exports: [Clock, securityConfigToken],
    };
  }
}
