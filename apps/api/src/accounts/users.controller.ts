import { createUserInputSchema, updateUserInputSchema, type CreateUserInput, type UpdateUserInput, type UserView } from '@compact-tracker/domain';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor } from '../access/actor.js';
import {
  ApiCsrfHeader,
  ApiErrorResponses,
  ApiIdempotencyKeyHeader,
  ApiIfMatchHeader,
  ApiJsonBody,
  ApiJsonResponse,
  ApiParams,
  sessionCookieScheme,
} from '../common/openapi.js';
import { idParamsSchema, noQuerySchema, type IdParams, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { IdempotencyKey, type IdempotencyRequest } from '../concurrency/idempotency-key.js';
import { IfMatchVersion } from '../concurrency/if-match.js';
import { RespondsWithResource } from '../concurrency/resource-headers.interceptor.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiCookieAuth(sessionCookieScheme)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: "The users of your network, by name (user:manage)" })
  @ApiJsonResponse(200, 'UserView', 'The users', { isArray: true })
  @ApiErrorResponses(400, 401, 403)
  listUsers(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery, @CurrentActor() actor: Actor): Promise<UserView[]> {
    return this.users.listUsers(actor);
  }

  @Post()
  @ApiCsrfHeader()
  @RespondsWithResource()
  @ApiOperation({ summary: 'Add a user to your network (user:manage)' })
  @ApiIdempotencyKeyHeader()
  @ApiJsonBody('CreateUserInput')
  @ApiJsonResponse(201, 'UserView', 'The new user; ETag is its version')
  @ApiErrorResponses(400, 401, 403, 409, 413, 415, 422)
  createUser(
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(createUserInputSchema)) input: CreateUserInput,
    @IdempotencyKey() idempotency: IdempotencyRequest | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<UserView> {
    return this.users.createUser(actor, input, idempotency);
  }

  @Patch(':id')
  @ApiCsrfHeader()
  @RespondsWithResource()
  @ApiOperation({ summary: "Change a user's role, name or whether they may sign in (user:manage); deactivating ends their sessions" })
  @ApiParams(idParamsSchema)
  @ApiIfMatchHeader()
  @ApiJsonBody('UpdateUserInput')
  @ApiJsonResponse(200, 'UserView', 'The user after the change')
  @ApiErrorResponses(400, 401, 403, 404, 409, 412, 413, 415, 428)
  updateUser(
    @Param(new ZodValidationPipe(idParamsSchema)) params: IdParams,
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @IfMatchVersion() version: number,
    @Body(new ZodValidationPipe(updateUserInputSchema)) input: UpdateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserView> {
    return this.users.updateUser(actor, params.id, version, input);
  }
}
