import { Injectable } from '@nestjs/common';

/** The one source of "now" for sessions, throttling and the audit trail, so tests can move time instead of waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
