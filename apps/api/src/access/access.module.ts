import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AccessControl } from './access-control.js';

@Module({ imports: [AccountsModule], providers: [AccessControl], exports: [AccessControl] })
export class AccessModule {}
