import fc from 'fast-check';

// Hostile values for the property tests: strings a person or an attacker might send, and any JSON.
const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom(
    '010190-1234',
    'cpr 3112991234 tak',
    'cpr 31.12.99–1234',
    'født ０１０２０３－１２３４',
    '010203\u00a01234',
    '\u0000',
    'a\u0000b',
    "'; drop table participant; --",
    '<script>alert(1)</script>',
    '__proto__',
    'x'.repeat(5000),
    '',
    '   ',
    '2026-02-30',
    '9999-12-31',
    '1e309',
  ),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    true,
    -1,
    Number.POSITIVE_INFINITY,
    Number.NaN,
    Number.MAX_SAFE_INTEGER + 2,
    [],
    {},
    { __proto__: { admin: true } },
  ),
);

/** A valid body with one to three keys replaced by hostile values (or added: __proto__, planId). */
export function mutate(valid: Record<string, unknown>) {
  const keys = [...Object.keys(valid), '__proto__', 'constructor', 'planId', 'extra'];
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), hostileValue), { minLength: 1, maxLength: 3 })
    .map((changes) => {
      const body: Record<string, unknown> = JSON.parse(JSON.stringify(valid));
      for (const [key, value] of changes) body[key] = value;
      return body;
    });
}
