import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerOpenApi } from './openapi.ts';

// The document is complete by construction: a route that names no operation, names one without a
// Danish summary, or reuses another route's, stops the server before it answers anything.
async function appWith(routes: Array<{ url: string; method?: 'GET' | 'POST'; operationId?: string }>) {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await registerOpenApi(app);
  for (const route of routes) {
    app.route({
      method: route.method ?? 'GET',
      url: route.url,
      config: { access: 'plan.read' },
      schema: {
        ...(route.operationId ? { operationId: route.operationId } : {}),
        response: { 200: z.object({}) },
      },
      handler: async () => ({}),
    });
  }
  await app.ready();
  return app;
}

describe('operation ids in the OpenAPI document', () => {
  it('boots when every route has a known, unique operationId', async () => {
    const app = await appWith([{ url: '/api/v1/plan', operationId: 'getPlan' }]);
    const doc = app.swagger() as unknown as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.paths['/api/v1/plan']?.get).toMatchObject({
      operationId: 'getPlan',
      summary: 'Planens overblik: periode, parter, boligområder og indsatsområder',
      security: [{ session: [] }],
      'x-helhed-access': 'plan.read',
    });
    await app.close();
  });

  it('refuses a route without an operationId', async () => {
    await expect(appWith([{ url: '/api/v1/plan' }])).rejects.toThrow(
      /GET \/api\/v1\/plan has no operationId/,
    );
  });

  it('refuses an operationId that has no Danish summary', async () => {
    await expect(appWith([{ url: '/api/v1/plan', operationId: 'getPlann' }])).rejects.toThrow(
      /no operationId with a summary/,
    );
  });

  it('refuses two routes with one operationId', async () => {
    await expect(
      appWith([
        { url: '/api/v1/plan', operationId: 'getPlan' },
        { url: '/api/v1/plan', method: 'POST', operationId: 'getPlan' },
      ]),
    ).rejects.toThrow(/share operationId getPlan/);
  });

  it('leaves routes outside the API alone', async () => {
    const app = await appWith([{ url: '/health-of-proxy' }]);
    await app.close();
  });
});
