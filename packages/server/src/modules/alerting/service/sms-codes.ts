import { randomInt } from 'node:crypto';
import type { Db } from '../../../platform/db/database.ts';
import { insertAlerts } from '../queries/alerts.ts';

/** No 0/O, 1/I/L: a code can be read aloud, and typed from a small screen at three in the morning. */
export const SMS_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SMS_CODE_LENGTH = 6;

export function newSmsCode(): string {
  let code = '';
  for (let i = 0; i < SMS_CODE_LENGTH; i++) code += SMS_CODE_ALPHABET[randomInt(SMS_CODE_ALPHABET.length)];
  return code;
}

/** The code in a reply or a typed field: case, spaces and a leading word such as "OK" do not matter. */
export function readSmsCode(text: string): string | null {
  const words = text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ');
  const candidates = words.filter((w) => w.length === SMS_CODE_LENGTH);
  const code = candidates.find((w) => [...w].every((c) => SMS_CODE_ALPHABET.includes(c)));
  return code ?? null;
}

/** +45 12 34 56 78, 004512345678 and 12345678 are the same Danish number. */
export function samePhone(a: string, b: string): boolean {
  const digits = (s: string) => s.replace(/\D/g, '').replace(/^00/, '');
  const x = digits(a);
  const y = digits(b);
  if (x.length < 8 || y.length < 8) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length === 8 && long === `45${short}`;
}

type AlertRow = Parameters<typeof insertAlerts>[1][number];

/**
 * Inserts alerts, giving each one with a phone a code unique among the plan's unacknowledged alerts.
 * The partial unique index decides: a row whose code is taken is skipped and tried again with a new
 * code, so two transactions drawing the same code at the same moment cannot both get it.
 */
export async function insertAlertsWithCodes(
  db: Db,
  rows: Array<Omit<AlertRow, 'smsCode'> & { hasPhone: boolean }>,
): Promise<Array<{ id: string; contact_id: string; sms_code: string | null }>> {
  const done: Array<{ id: string; contact_id: string; sms_code: string | null }> = [];
  let pending = rows;
  for (let round = 0; pending.length > 0; round++) {
    if (round >= 10) throw new Error('no free SMS code after 10 rounds');
    const used = new Set<string>();
    const batch = pending.map(({ hasPhone, ...row }) => {
      let code: string | null = null;
      if (hasPhone) {
        do code = newSmsCode();
        while (used.has(code));
        used.add(code);
      }
      return { ...row, smsCode: code };
    });
    const inserted = await insertAlerts(db, batch);
    done.push(...inserted);
    const insertedContacts = new Set(inserted.map((r) => r.contact_id));
    pending = pending.filter((r) => !insertedContacts.has(r.contactId));
  }
  return done;
}
