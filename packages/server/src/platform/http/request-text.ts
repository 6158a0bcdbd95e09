import { isUtf8 } from 'node:buffer';
import { da } from '@helhed/core';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

// PostgreSQL's text cannot hold NUL, and UTF-8 has no lone surrogates: such a string makes the
// query fail (a 500) or is silently changed by the driver (U+FFFD). Both are refused at the edge
// with a Danish 400, before any query. See decision 0019.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The path (`name`, `file.name`, `0.text`) of the first string or key that cannot be stored, or null. */
export function findUnstorable(value: unknown): string | null {
  // Iterative: a deeply nested JSON body must not overflow the stack.
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: string };
    if (typeof item.value === 'string') {
      if (!isStorableText(item.value)) return item.path;
      continue;
    }
    if (item.value === null || typeof item.value !== 'object' || Buffer.isBuffer(item.value)) continue;
    for (const [key, child] of Object.entries(item.value)) {
      const path = item.path ? `${item.path}.${key}` : key;
      if (!isStorableText(key)) return path;
      stack.push({ value: child, path });
    }
  }
  return null;
}

const HEX = /^[0-9a-f]{2}$/i;

/** True when every %-code of the request target decodes to UTF-8 text without NUL. */
export function isStorableUrl(url: string): boolean {
  if (!isStorableText(url)) return false;
  if (!url.includes('%')) return true;
  const raw = Buffer.from(url, 'utf8');
  const bytes = Buffer.alloc(raw.length);
  let length = 0;
  for (let i = 0; i < raw.length; i++) {
    const hex = raw.toString('latin1', i + 1, i + 3);
    if (raw[i] === 0x25 && HEX.test(hex)) {
      bytes[length++] = Number.parseInt(hex, 16);
      i += 2;
    } else {
      bytes[length++] = raw[i] as number;
    }
  }
  const decoded = bytes.subarray(0, length);
  return isUtf8(decoded) && !decoded.includes(0);
}

function unstorable(field: string): AppError {
  return new AppError('TEXT_UNSTORABLE', [{ field, message: da.requestGuard.textUnstorableField }]);
}

/**
 * Registered before session loading: the URL and headers are checked before anything reads them;
 * JSON bodies must be valid UTF-8; parsed bodies, query strings and path parameters are walked
 * before validation. Text bodies have no parser (no route reads one): they are a 415.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isStorableUrl(request.url)) throw unstorable('url');
    for (const [name, value] of Object.entries(request.headers)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => typeof v === 'string' && !isStorableText(v))) throw unstorable(name);
    }
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const buffer = body as Buffer;
    if (!isUtf8(buffer)) return done(unstorable('body'), undefined);
    parseJson(request, buffer.toString('utf8'), done);
  });

  app.addHook('preValidation', async (request) => {
    const field =
      findUnstorable(request.params) ?? findUnstorable(request.query) ?? findUnstorable(request.body);
    if (field !== null) throw unstorable(field || 'body');
  });
}
