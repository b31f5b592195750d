import {
  changePasswordInputSchema,
  signInInputSchema,
  type ChangePasswordInput,
  type SessionView,
  type SignInInput,
  type SignInView,
} from '@compact-tracker/domain';
import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, OptionalActor, type Actor } from '../access/actor.js';
import { ApiCsrfHeader, ApiErrorResponses, ApiJsonBody, ApiJsonResponse, sessionCookieScheme } from '../common/openapi.js';
import { noBodySchema, noQuerySchema, type NoBody, type NoQuery } from '../common/request-schemas.js';
import { ZodValidationPipe } from '../common/zod-validation-pipe.js';
import { AuthService } from './auth.service.js';
import { SessionCookies } from './session-cookies.js';

/** The three handlers that touch the session cookie: setting and clearing it is HTTP's business, so it happens here. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('sign-in')
  @ApiCsrfHeader()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with email and password; sets the HttpOnly session cookie `ct_session`',
    description: 'Five failed attempts per email, or twenty per client address, within 15 minutes answer 429 with Retry-After.',
  })
  @ApiJsonBody('SignInInput')
  @ApiJsonResponse(200, 'SignInView', 'Signed in; a new session cookie is set and any session sent with the request is ended')
  @ApiErrorResponses(400, 401, 403, 413, 415, 429)
  async signIn(
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(signInInputSchema)) input: SignInInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInView> {
    const { token, view } = await this.auth.signIn(input, { ip: request.ip, presentedToken: this.cookies.read(request) });
    this.cookies.set(request, reply, token);
    return view;
  }

  @Post('sign-out')
  @ApiCsrfHeader()
  @HttpCode(204)
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookie' })
  @ApiResponse({ status: 204, description: 'Signed out (also when nobody was signed in)' })
  @ApiErrorResponses(400, 403)
  async signOut(
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(noBodySchema)) _body: NoBody,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.signOut(this.cookies.read(request));
    this.cookies.clear(request, reply);
  }

  @Post('password')
  @HttpCode(204)
  @ApiCsrfHeader()
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({
    summary: 'Change your own password: the current one is checked (and throttled like a sign-in); your other sessions end',
  })
  @ApiJsonBody('ChangePasswordInput')
  @ApiResponse({ status: 204, description: 'Changed; this session stays signed in' })
  @ApiErrorResponses(400, 401, 403, 413, 415, 429)
  changePassword(
    @Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery,
    @Body(new ZodValidationPipe(changePasswordInputSchema)) input: ChangePasswordInput,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.auth.changePassword(actor, input, request.ip);
  }

  @Get('session')
  @ApiCookieAuth(sessionCookieScheme)
  @ApiOperation({ summary: 'Who is signed in: the user, or null when nobody is or the session has expired' })
  @ApiJsonResponse(200, 'SessionView', 'The session')
  @ApiErrorResponses(400)
  getSession(@Query(new ZodValidationPipe(noQuerySchema)) _query: NoQuery, @OptionalActor() actor: Actor | null): SessionView {
    return this.auth.getSession(actor);
  }
}
