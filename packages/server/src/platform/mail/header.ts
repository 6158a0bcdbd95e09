/**
 * A value safe to put in a mail header: no CR, LF or other control characters (header injection),
 * no angle brackets or quotes that could open a second address, trimmed and bounded.
 */
export function sanitizeHeader(value: string, maxLength = 200): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, maxLength)
  );
}

/** A display name for an address header: also without the characters that delimit addresses. */
export function sanitizeDisplayName(value: string): string {
  return sanitizeHeader(value, 100).replace(/[<>"\\,;:@]/g, '');
}

/** An e-mail address: one plain address or nothing. */
export function sanitizeAddress(value: string): string | null {
  const clean = sanitizeHeader(value, 254).toLowerCase();
  return /^[^\s@<>",;:\\]+@[^\s@<>",;:\\]+\.[^\s@<>",;:\\]+$/.test(clean) ? clean : null;
}
