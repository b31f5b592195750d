import { applyDecorators, Injectable, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { toEtag } from './if-match.js';

type ResourceHeadersOptions = {
  /** For a 201: the created resource's URL is this followed by `/<id>`. */
  locationPrefix?: string;
};

const resourceHeadersKey = Symbol('resourceHeaders');

const hasVersion = (body: unknown): body is { id?: unknown; version: number } =>
  typeof body === 'object' && body !== null && 'version' in body && typeof body.version === 'number';

/** Sets `ETag` from the answered record's version, and `Location` for a created one. */
@Injectable()
export class ResourceHeadersInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<ResourceHeadersOptions | undefined>(resourceHeadersKey, context.getHandler()) ?? {};
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (hasVersion(body)) {
          reply.header('etag', toEtag(body.version));
          if (options.locationPrefix && typeof body.id === 'string') reply.header('location', `${options.locationPrefix}/${body.id}`);
        }
        return body;
      }),
    );
  }
}

/** On a handler answering one versioned record. */
export const RespondsWithResource = (options: ResourceHeadersOptions = {}) =>
  applyDecorators(SetMetadata(resourceHeadersKey, options), UseInterceptors(ResourceHeadersInterceptor));
