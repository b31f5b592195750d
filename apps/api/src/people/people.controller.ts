import { personInputSchema, type PersonInput, type PersonView } from '@compact-tracker/domain';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ApiCsrfHeader, ApiErrorResponses, ApiIdempotencyKeyHeader, ApiJsonBody, ApiJsonResponse, sessionCookieScheme } from '../common/openapi.js';
import { noQuerySchema, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOperation({ summary: 'The people who may speak at events, by name' })
  @ApiJsonResponse(200, 'PersonView', 'The people', { isArray: true })
  @ApiErrorResponses(400)
  listPeople(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery): Promise<PersonView[]> {
    return this.people.listPeople();
  }

  @Post()
  @ApiCsrfHeader()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Add a person who may speak at events (agenda:write)' })
  @ApiIdempotencyKeyHeader()
  @ApiJsonBody('PersonInput')
  @ApiJsonResponse(201, 'PersonView', 'The new person')
  @ApiErrorResponses(400, 401, 403, 413, 415, 422)
  createPerson(
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(personInputSchema)) input: PersonInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<PersonView> {
    return this.people.createPerson(actor, input, idempotency);
  }
}
