import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

// TOTP as RFC 6238 with what every authenticator app reads: SHA-1, 6 digits, 30-second steps.
// A code is accepted one step before or after the server's clock (±30 s of drift) and at most once
// (the caller keeps the last accepted step). Recovery codes are random, stored as salted SHA-256.

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Helhed';

function totpOf(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new secret of 160 bits (RFC 4226's recommended length), base32 without padding: 32 characters. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The otpauth:// URI an app reads from the QR code, and the QR code as an SVG data URL (the QR library
 * is loaded at the first enrolment, not at every start).
 */
export async function enrolmentOf(secret: string, email: string): Promise<{ uri: string; qrCode: string }> {
  const uri = totpOf(secret, email).toString();
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step a 6-digit code belongs to, within ±TOTP_WINDOW steps of `now`, or null. The caller
 * accepts it only if the step is later than the last accepted one (no replay).
 */
export function stepOfCode(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret, 'check').validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  if (delta === null) return null;
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

// No 0/O, 1/l/I: read from paper without doubt.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Ten recovery codes of two groups of five (50 bits each), e.g. "k7mq3-xpwh2". */
export function newRecoveryCodes(): string[] {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${group()}-${group()}`);
}

/** What a typed recovery code is compared as: lower case, without spaces and hyphens. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string, salt: Buffer): Buffer {
  return createHash('sha256').update(salt).update(normaliseRecoveryCode(code)).digest();
}

/** A stored form of a new recovery code: a random salt of its own and the hash. */
export function storedRecoveryCode(code: string): { salt: Buffer; codeHash: Buffer } {
  const salt = randomBytes(16);
  return { salt, codeHash: hashRecoveryCode(code, salt) };
}

export function recoveryCodeMatches(code: string, stored: { salt: Buffer; code_hash: Buffer }): boolean {
  return timingSafeEqual(hashRecoveryCode(code, stored.salt), stored.code_hash);
}
