import { Global, Module } from '@nestjs/common';
import { IdempotencyService } from './idempotency.service.js';

/** Global: every creating command may take an Idempotency-Key. */
@Global()
@Module({ providers: [IdempotencyService], exports: [IdempotencyService] })
export class ConcurrencyModule {}
