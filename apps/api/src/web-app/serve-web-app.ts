import { existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

const notBuiltMessage =
  'Compact Tracker: the web app has not been built yet. Run `npm start` (or `npm run build`) at the repository root, ' +
  'then reload. The API is up under /api (see /api/docs).\n';

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Serves the built web app on the API's port: its files as they are, and index.html for any other GET outside
 * /api, so that client-side routes such as /activities/<id> load the app. Unknown /api paths and missing asset
 * files fall through to the JSON 404.
 */
export const serveWebApp = async (app: NestFastifyApplication, webDistDir: string): Promise<void> => {
  const root = resolve(webDistDir);
  const isBuilt = existsSync(resolve(root, 'index.html'));
  if (isBuilt) await app.register(fastifyStatic, { root, serve: false });

  app.getHttpAdapter().getInstance().get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = (request.params as { '*': string })['*'];
    if (path === 'api' || path.startsWith('api/')) return reply.callNotFound();
    if (!isBuilt) return reply.type('text/plain; charset=utf-8').send(notBuiltMessage);

    const file = resolve(root, path);
    if (file !== root && !file.startsWith(root + sep)) return reply.callNotFound();
    if (file !== root && isFile(file)) {
      // Vite puts content hashes in asset names, so they never change under the same URL.
      const isHashedAsset = path.startsWith('assets/');
      return reply.sendFile(path, isHashedAsset ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
    }
    // A missing file is a 404; a path without an extension is a route of the app itself.
    if (extname(path) !== '') return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });
  });
};
