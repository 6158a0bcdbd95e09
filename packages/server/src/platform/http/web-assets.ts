import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ERRORS } from './errors.ts';
import { decodedPathOf } from './request-path.ts';

// Found through the workspace's package, so the sources run by tsx and the compiled CLI (in
// packages/cli/dist) serve the same build.
const WEB_DIST = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@helhed/web/package.json')),
  'dist',
);

/**
 * Serves the built web app. Unknown /api paths answer with a JSON error; every other GET falls
 * back to index.html, so the client-side router owns the page paths.
 */
export async function registerWebAssets(app: FastifyInstance, webDist = WEB_DIST): Promise<void> {
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // A missing file (e.g. /assets/old-hash.js after a rebuild) is a 404, not the page: serving
    // index.html as JavaScript would only give the browser a blank page.
    // Decided on the decoded path, as the router reads it: /%61pi/… is an API path too.
    const pathname = decodedPathOf(request.url);
    const isFile = /\.[a-z0-9]+$/i.test(pathname);
    if (/^\/+api(?:\/|$)/.test(pathname) || request.method !== 'GET' || !hasWeb || isFile) {
      return reply
        .status(404)
        .send({ error: { code: 'ROUTE_NOT_FOUND', message: ERRORS.ROUTE_NOT_FOUND.message } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
