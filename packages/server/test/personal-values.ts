import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../src/platform/db/database.ts';

/**
 * The names and contact details of the residents in a database (participants and households): what
 * a response must not carry without a read in the audit log.
 */
export async function personalValuesOf(db: Db): Promise<Set<string>> {
  const participants = await db.selectFrom('participant').select(['display_name', 'contact']).execute();
  const households = await db
    .selectFrom('rehousing_household')
    .select(['contact_name', 'contact_info', 'current_address'])
    .execute();
  const values = [...participants.flatMap(Object.values), ...households.flatMap(Object.values)];
  return new Set(values.filter((v): v is string => typeof v === 'string' && v.trim().length >= 4));
}

function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) yield* stringsOf(item);
}

/** Whether a response shows one of `values`: as a JSON string value, or anywhere in a text body. */
export function showsPersonal(response: LightMyRequestResponse, values: Set<string>): boolean {
  const type = String(response.headers['content-type'] ?? '');
  if (type.includes('json')) {
    for (const text of stringsOf(response.json())) if (values.has(text)) return true;
    return false;
  }
  if (!/^text\//.test(type)) return false;
  const body = response.body;
  for (const value of values) if (body.includes(value)) return true;
  return false;
}
