import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type OperationId, operationSummaries } from '@helhed/core';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The cookie that carries the session and the header that every changing request must send. */
export const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: '__Host-helhed-session' },
  csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DOCUMENTATION = /^\/api\/docs(?:\/|$)/;

function isOperationId(value: unknown): value is OperationId {
  return typeof value === 'string' && Object.hasOwn(operationSummaries, value);
}

function methodsOf(route: Pick<RouteOptions, 'method'>): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).map((m) => m.toUpperCase());
}

/**
 * What the document says a caller needs, read from the same `config.access` the gate enforces:
 * nothing for a public route, the session cookie to read, the cookie and the CSRF header to change.
 */
function securityOf(route: RouteOptions): Array<Record<string, string[]>> {
  if (route.config?.access === 'public') return [];
  const changes = methodsOf(route).some((m) => !SAFE_METHODS.has(m));
  return changes ? [{ session: [], csrf: [] }] : [{ session: [] }];
}

/**
 * Every API route names its operation: a route without an operationId, with one that has no Danish
 * summary in the messages, or with one another route already uses stops the server from booting,
 * so the document a client generator reads is complete by construction.
 */
function requireOperationIds(app: FastifyInstance): void {
  const seen = new Map<string, string>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || DOCUMENTATION.test(route.url)) return;
    const where = `${methodsOf(route).join(',')} ${route.url}`;
    const id = (route.schema as (FastifySchema & { operationId?: unknown }) | undefined)?.operationId;
    if (methodsOf(route).every((m) => m === 'HEAD')) return;
    if (!isOperationId(id))
      throw new Error(`Route ${where} has no operationId with a summary in da-operations.ts`);
    const earlier = seen.get(id);
    if (earlier && earlier !== where)
      throw new Error(`Routes ${earlier} and ${where} share operationId ${id}`);
    seen.set(id, where);
  });
}

/** The OpenAPI document is generated from the routes' own Zod schemas and served at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  requireOperationIds(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Helhed API',
        description:
          'API til Helhed — system til en boligsocial helhedsplan. Alle fejl har formen { error: { code, message } }. ' +
          'Log ind med POST /api/v1/auth/sign-in; send derefter sessionens cookie og, på ændringer, X-CSRF-Token fra GET /api/v1/auth/session.',
        version: '1',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'Samme server som dokumentet' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: (input) => {
      const { schema, url } = jsonSchemaTransform(input);
      const id = (input.schema as { operationId?: unknown }).operationId;
      if (!isOperationId(id)) return { schema, url };
      const documented = {
        ...schema,
        summary: operationSummaries[id],
        security: securityOf(input.route),
        'x-helhed-access': input.route.config?.access,
      };
      return { schema: documented as FastifySchema, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
