/**
 * How the router reads a path. The access gate, session loading, CSRF, `no-store` and rate limits
 * all key on the route the router matched, so every spelling the router accepts for a route gets
 * exactly that route's decision. These settings make the spellings a browser, a proxy or a hand-made
 * request may produce resolve to the one route: `/api/V1/Users`, `/api/v1//users` and
 * `/api/v1/users/` are `/api/v1/users` (find-my-way also decodes percent-encoding, except of
 * reserved characters such as `%2F`, and keeps the case of path parameters). See decision 0019.
 */
export const ROUTER_OPTIONS = {
  caseSensitive: false,
  ignoreTrailingSlash: true,
  ignoreDuplicateSlashes: true,
} as const;

const DOT = /^(?:\.|%2e)$/i;
const DOT_DOT = /^(?:\.|%2e){2}$/i;
const HAS_DOT_SEGMENT = /\/(?:\.|%2e)(?:\.|%2e)?(?:\/|$)/i;

/**
 * RFC 3986 §5.2.4 remove_dot_segments on the path of an origin-form request target, counting `%2E`
 * as `.` as WHATWG URL parsing does; the query is left as it is. Used as Fastify's `rewriteUrl`, so
 * `/api/v1/plan/../users` is routed (and gated) as `/api/v1/users`, as a browser would have sent it.
 */
export function removeDotSegments(url: string): string {
  if (!url.startsWith('/')) return url;
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (!HAS_DOT_SEGMENT.test(path)) return url;
  const segments = path.split('/').slice(1);
  const output: string[] = [];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (DOT.test(segment)) {
      if (last) output.push('');
    } else if (DOT_DOT.test(segment)) {
      output.pop();
      if (last) output.push('');
    } else {
      output.push(segment);
    }
  });
  return `/${output.join('/')}${end === -1 ? '' : url.slice(end)}`;
}

/** The decoded path of a request target, for deciding what kind of 404 an unmatched request gets. */
export function decodedPathOf(url: string): string {
  const path = removeDotSegments(url).split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase();
  }
}
