import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { as, type Session } from './build-test-app.ts';

type Doc = { paths: Record<string, Record<string, unknown>> };
export const NO_SUCH_ID = '00000000-0000-4000-8000-00000000abcd';

/** The first id-like value of a list answer ({ items: [...] }, [...] or { <key>: [...] }). */
function firstIdOf(body: unknown, key: string): string | undefined {
  const lists: unknown[][] = [];
  if (Array.isArray(body)) lists.push(body);
  else if (body && typeof body === 'object') {
    for (const value of Object.values(body)) if (Array.isArray(value)) lists.push(value);
  }
  for (const list of lists) {
    const first = list[0] as Record<string, unknown> | undefined;
    const value = first?.[key] ?? first?.id ?? first?.slug;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** Every GET path of the app's OpenAPI document, those without parameters first. */
export async function getPathsOf(app: FastifyInstance): Promise<string[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as Doc;
  return Object.entries(doc.paths)
    .filter(([, methods]) => 'get' in methods)
    .map(([path]) => path)
    .sort((a, b) => a.split('{').length - b.split('{').length || a.localeCompare(b));
}

/**
 * Calls every GET path as one session through `get`, with path parameters filled by real ids: the
 * first item of the list one level up, as this session sees it (none seen: a fresh uuid, which must
 * be refused cleanly).
 */
export async function walkGetRoutes(
  app: FastifyInstance,
  session: Session,
  paths: string[],
  get: (url: string) => Promise<LightMyRequestResponse>,
): Promise<void> {
  const filled = new Map<string, string>(); // "/api/v1/x/{id}" prefix → the id used
  for (const path of paths) {
    let url = '';
    for (const segment of path.split('/').slice(1)) {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!param) {
        url += `/${segment}`;
        continue;
      }
      const key = `${url}/{${param}}`;
      let value = filled.get(key);
      if (value === undefined) {
        const parent = await app.inject({ method: 'GET', url, headers: as(session) });
        value = (parent.statusCode === 200 && firstIdOf(parent.json(), param)) || NO_SUCH_ID;
        filled.set(key, value);
      }
      url += `/${encodeURIComponent(value)}`;
    }
    await get(url);
  }
}
