import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// An acknowledge token: the alert id and expiry, signed with the plan's secret. Single use is kept
// by the alert row itself (acknowledged_at is set once), so the token needs no state of its own.

const UUID_HEX = /^[0-9a-f]{32}$/;

function sign(secret: Buffer, payload: Buffer): Buffer {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, 20);
}

export function newSecret(): Buffer {
  return randomBytes(32);
}

export function createAckToken(secret: Buffer, alertId: string, expiresAt: Date): string {
  const payload = Buffer.alloc(20);
  Buffer.from(alertId.replaceAll('-', ''), 'hex').copy(payload, 0);
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 16);
  return `${payload.toString('base64url')}.${sign(secret, payload).toString('base64url')}`;
}

/** The alert id and expiry in a token, without checking its signature (the secret depends on them). */
export function readAckToken(token: string): { alertId: string; expiresAt: Date } | null {
  const [payloadPart, signaturePart] = token.split('.');
  if (!payloadPart || !signaturePart || token.split('.').length !== 2) return null;
  const payload = Buffer.from(payloadPart, 'base64url');
  if (payload.length !== 20) return null;
  const hex = payload.subarray(0, 16).toString('hex');
  if (!UUID_HEX.test(hex)) return null;
  const alertId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { alertId, expiresAt: new Date(payload.readUInt32BE(16) * 1000) };
}

export function isAckTokenSigned(secret: Buffer, token: string): boolean {
  const [payloadPart, signaturePart] = token.split('.');
  if (!payloadPart || !signaturePart) return false;
  const expected = sign(secret, Buffer.from(payloadPart, 'base64url'));
  const given = Buffer.from(signaturePart, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// The confirm form carries a nonce signed for this alert at render time: only a POST that follows
// a rendering of the page acknowledges. It proves nothing about a person, but a blind request with
// the link alone (a scanner turning GET into POST, a replay of someone else's form) is refused.
const NONCE_VALID_SECONDS = 24 * 3600;

function nonceSignature(secret: Buffer, alertId: string, issuedAt: number): string {
  return createHmac('sha256', secret)
    .update(`ack-form:${alertId}:${issuedAt}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export function createFormNonce(secret: Buffer, alertId: string, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return `${issuedAt.toString(36)}.${nonceSignature(secret, alertId, issuedAt)}`;
}

export function isFormNonceValid(
  secret: Buffer,
  alertId: string,
  nonce: string,
  now = new Date(),
): 'ok' | 'expired' | 'invalid' {
  const [issuedPart, signaturePart] = nonce.split('.');
  if (!issuedPart || !signaturePart || !/^[0-9a-z]{1,10}$/.test(issuedPart)) return 'invalid';
  const issuedAt = Number.parseInt(issuedPart, 36);
  const expected = Buffer.from(nonceSignature(secret, alertId, issuedAt));
  const given = Buffer.from(signaturePart);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now.getTime() / 1000 - issuedAt;
  return age < -60 || age > NONCE_VALID_SECONDS ? 'expired' : 'ok';
}

const ACK_LINK = /(\/api\/v1\/alerting\/ack\/)[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;

/** A text with the token of every acknowledge link (and the alert's SMS code) replaced by "…". */
export function redactAckLinks(text: string, smsCode: string | null = null): string {
  const redacted = text.replace(ACK_LINK, '$1…');
  return smsCode ? redacted.replaceAll(smsCode, '…') : redacted;
}
