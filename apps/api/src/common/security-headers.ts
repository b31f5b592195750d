import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { openApiDocsPath } from './openapi.js';

/**
 * The app's Content Security Policy: everything from its own origin, no inline script or style, no plugins, no
 * framing. `data:` images cover the empty favicon the web app declares.
 */
const appDirectives = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  upgradeInsecureRequests: null,
};

/** Swagger UI's page carries inline styles (and sets more at runtime) and data: icons; its scripts are files. */
const docsDirectives = { ...appDirectives, styleSrc: ["'self'", "'unsafe-inline'"] };

/**
 * Security headers on every answer (helmet): CSP, nosniff, frame-ancestors 'none' and X-Frame-Options DENY,
 * Referrer-Policy no-referrer, HSTS, cross-origin isolation headers. The docs pages get their own CSP.
 */
export const registerSecurityHeaders = async (app: NestFastifyApplication): Promise<void> => {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    if (route.url === openApiDocsPath || route.url.startsWith(`${openApiDocsPath}/`)) {
      route.config = { ...route.config, helmet: { contentSecurityPolicy: { useDefaults: false, directives: docsDirectives } } };
    }
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
};
