// Spellings of one request that an attacker tries against the access gate: each character
// percent-encoded in turn (upper- and lower-case hex), doubled and trailing slashes, `.` and `..`
// segments (raw and %2E), mixed case, HEAD for GET, and method-override headers. Every variant must
// get the canonical request's decision. `raw` variants must reach the server byte for byte (the
// inject helper would resolve their dot segments first, as a browser does), so they go over a socket.

export interface Variant {
  kind: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  raw?: boolean;
}

const OVERRIDE_HEADERS = ['x-http-method-override', 'x-http-method', 'x-method-override'];

function hexOf(char: string): string {
  return (char.codePointAt(0) as number).toString(16).toUpperCase().padStart(2, '0');
}

/** A path template (`/api/v1/users/{id}/team`) split into segments, each static or a parameter. */
function segmentsOf(template: string, fill: (name: string) => string) {
  return template
    .split('/')
    .slice(1)
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      return param ? { text: fill(param[1] as string), isParam: true } : { text: segment, isParam: false };
    });
}

function toggleCase(text: string): string {
  return [...text].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())).join('');
}

export function canonicalUrl(template: string, fill: (name: string) => string): string {
  return `/${segmentsOf(template, fill)
    .map((s) => s.text)
    .join('/')}`;
}

/** Every variant of one operation; the canonical request is `{ method, url: canonicalUrl(...) }`. */
export function variantsOf(method: string, template: string, fill: (name: string) => string): Variant[] {
  const segments = segmentsOf(template, fill);
  const url = canonicalUrl(template, fill);
  const variants: Variant[] = [];
  const add = (kind: string, variantUrl: string, extra: Partial<Variant> = {}) =>
    variants.push({ kind, method, url: variantUrl, ...extra });

  // Each character of the static segments and the first, a middle and the last character of each
  // parameter value, percent-encoded in turn (a 36-character id adds nothing from its other 33).
  const encodable = new Set<number>();
  let offset = 0;
  for (const segment of segments) {
    offset += 1;
    const n = segment.text.length;
    const picks = segment.isParam ? [0, Math.floor(n / 2), n - 1] : [...Array(n).keys()];
    for (const k of picks) if (k >= 0 && k < n) encodable.add(offset + k);
    offset += n;
  }
  [...url].forEach((char, i) => {
    if (!encodable.has(i)) return;
    const upper = hexOf(char);
    const before = url.slice(0, i);
    const after = url.slice(i + 1);
    add('percent-upper', `${before}%${upper}${after}`);
    if (upper !== upper.toLowerCase()) add('percent-lower', `${before}%${upper.toLowerCase()}${after}`);
  });

  const slashes = [...url].flatMap((char, i) => (char === '/' ? [i] : []));
  for (const i of slashes) add('double-slash', `${url.slice(0, i)}/${url.slice(i)}`);
  add('trailing-slash', `${url}/`);

  // Dot segments after each slash: `./`, `%2E/`, `zz/../` and `zz/%2e%2E/`, over a socket.
  for (const i of slashes) {
    for (const insert of ['./', '%2E/', 'zz/../', 'zz/%2e%2E/']) {
      add('dot-segment', `${url.slice(0, i + 1)}${insert}${url.slice(i + 1)}`, { raw: true });
    }
  }

  // Mixed case in the static segments (parameter values keep their case: they are data).
  const cased = (change: (text: string, index: number) => string) =>
    `/${segments.map((s, index) => (s.isParam ? s.text : change(s.text, index))).join('/')}`;
  segments.forEach((segment, index) => {
    if (segment.isParam || segment.text.toUpperCase() === segment.text) return;
    add(
      'upper-case',
      cased((text, j) => (j === index ? text.toUpperCase() : text)),
    );
  });
  add('mixed-case', cased(toggleCase));

  if (method === 'GET') add('head', url, { method: 'HEAD' });
  // Fastify knows no method override; none of these may change the route or the decision.
  const other = method === 'GET' ? 'DELETE' : 'GET';
  for (const header of OVERRIDE_HEADERS) add('method-override', url, { headers: { [header]: other } });
  return variants;
}
