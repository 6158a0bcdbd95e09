import { createHmac, timingSafeEqual } from 'node:crypto';

/** A signed request older (or newer) than this is refused; within it, each signature counts once. */
export const REPLAY_WINDOW_SECONDS = 300;

/**
 * The inbound webhook's signature: hex HMAC-SHA256 over "<timestamp>.<raw body>" with the shared
 * secret, sent as X-Helhed-Signature next to X-Helhed-Timestamp (Unix seconds).
 */
export function signInbound(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export type InboundCheck =
  | { status: 'ok'; signature: Buffer }
  | { status: 'badSignature' }
  | { status: 'stale' };

export function checkInbound(
  secret: string,
  headers: { timestamp: unknown; signature: unknown },
  rawBody: string,
  now = Date.now(),
): InboundCheck {
  const { timestamp, signature } = headers;
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return { status: 'badSignature' };
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/i.test(signature)) return { status: 'badSignature' };
  const expected = Buffer.from(signInbound(secret, timestamp, rawBody), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { status: 'badSignature' };
  if (Math.abs(now / 1000 - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return { status: 'stale' };
  return { status: 'ok', signature: expected };
}
