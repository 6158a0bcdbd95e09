import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, type WriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Encrypted backup files (issue 21, decision 0021): AES-256-GCM with a key derived from a
 * passphrase by scrypt. Layout: MAGIC (8 bytes) | salt (16) | iv (12) | ciphertext | tag (16). The
 * header is authenticated data, so neither the salt nor the iv can be swapped. GCM proves integrity
 * only at the end of the file, so a restore first reads the whole file once (verifyEncrypted), and
 * touches the database only when the tag holds.
 */
const MAGIC = Buffer.from('HELHEDX1', 'ascii');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + SALT_BYTES + IV_BYTES;
/** scrypt cost: N = 2^15, r = 8 (32 MiB, about 0.1 s per derivation). */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
export const MIN_PASSPHRASE_LENGTH = 16;

/** The passphrase is missing, too short, wrong, or the file was altered. */
export class BackupKeyError extends Error {
  constructor(readonly reason: 'missing' | 'too-short' | 'wrong-or-altered') {
    super(reason);
  }
}

/** Refuses a passphrase too short to stand for a key. */
export function checkPassphrase(passphrase: string | undefined): asserts passphrase is string {
  if (!passphrase) throw new BackupKeyError('missing');
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new BackupKeyError('too-short');
}

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  checkPassphrase(passphrase);
  return new Promise((resolve, reject) =>
    scrypt(passphrase, salt, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Pipes `source` encrypted into `out` (header first, tag last) and ends `out`. */
export async function writeEncrypted(source: Readable, out: WriteStream, passphrase: string): Promise<void> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.concat([MAGIC, salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
  cipher.setAAD(header);
  out.write(header);
  source.pipe(cipher).pipe(out, { end: false });
  await once(cipher, 'end');
  out.end(cipher.getAuthTag());
  await once(out, 'finish');
}

/** Whether the file starts like an encrypted backup. */
export async function isEncrypted(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const start = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await handle.read(start, 0, MAGIC.length, 0);
    return bytesRead === MAGIC.length && start.equals(MAGIC);
  } finally {
    await handle.close();
  }
}

async function decipherOf(file: string, passphrase: string | undefined) {
  checkPassphrase(passphrase);
  const size = (await stat(file)).size;
  if (size < HEADER_BYTES + TAG_BYTES) throw new BackupKeyError('wrong-or-altered');
  const handle = await open(file, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(header, 0, HEADER_BYTES, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES);
  const iv = header.subarray(MAGIC.length + SALT_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  const body = createReadStream(file, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 });
  return { body, decipher };
}

/** Reads the whole file once and checks its tag; throws BackupKeyError if it does not hold. */
export async function verifyEncrypted(file: string, passphrase: string | undefined): Promise<void> {
  const { body, decipher } = await decipherOf(file, passphrase);
  decipher.on('data', () => undefined); // the plaintext is not kept: this pass only checks
  try {
    await pipeline(body, decipher);
  } catch {
    throw new BackupKeyError('wrong-or-altered');
  }
}

/** The decrypted contents as a stream (after verifyEncrypted: the tag is checked again at the end). */
export async function decryptedStream(file: string, passphrase: string | undefined): Promise<Transform> {
  const { body, decipher } = await decipherOf(file, passphrase);
  body.pipe(decipher);
  body.on('error', (error) => decipher.destroy(error));
  return decipher;
}
