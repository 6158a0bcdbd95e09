import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

/** The organisations of the action card, in its order; those already there stay as they are. */
export async function insertOrganisations(db: Db, planId: string, names: readonly string[]): Promise<void> {
  await db
    .insertInto('alert_organisation')
    .values(names.map((name, index) => ({ plan_id: planId, name, sort_order: index + 1 })))
    .onConflict((oc) => oc.constraint('alert_organisation_name_key').doNothing())
    .execute();
}

/** The plan's settings row with its signing secret, unless it has one. */
export async function insertSettings(db: Db, planId: string, hmacSecret: Buffer): Promise<void> {
  await db
    .insertInto('alert_setting')
    .values({ plan_id: planId, hmac_secret: hmacSecret })
    .onConflict((oc) => oc.column('plan_id').doNothing())
    .execute();
}

export function findSettings(db: Db, planId: string) {
  return db
    .selectFrom('alert_setting')
    .select(['escalation_seconds', 'ack_valid_hours', 'hmac_secret'])
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
}

export function updateSettings(
  db: Db,
  planId: string,
  values: { escalationSeconds: number; ackValidHours: number },
) {
  return db
    .updateTable('alert_setting')
    .set({ escalation_seconds: values.escalationSeconds, ack_valid_hours: values.ackValidHours })
    .where('plan_id', '=', planId)
    .execute();
}

export function listOrganisations(db: Db, planId: string) {
  return db
    .selectFrom('alert_organisation')
    .select(['id', 'name'])
    .where('plan_id', '=', planId)
    .orderBy('sort_order')
    .execute();
}

const CONTACT_COLUMNS = [
  'c.id',
  'c.organisation_id',
  'o.name as organisation_name',
  'c.contact_group',
  'c.role_title',
  'c.full_name',
  'c.email',
  'c.phone',
  'c.deputy_id',
  'c.is_active',
  'c.last_confirmed_at',
  'c.created_at',
] as const;

export type ContactRow = Awaited<ReturnType<typeof listContacts>>[number];

function contacts(db: Db, planId: string) {
  return db
    .selectFrom('alert_contact as c')
    .innerJoin('alert_organisation as o', 'o.id', 'c.organisation_id')
    .select(CONTACT_COLUMNS)
    .where('c.plan_id', '=', planId);
}

export function listContacts(db: Db, planId: string) {
  return contacts(db, planId)
    .orderBy('c.contact_group')
    .orderBy('o.sort_order')
    .orderBy('c.full_name')
    .execute();
}

export function findContact(db: Db, planId: string, id: string) {
  return contacts(db, planId).where('c.id', '=', id).executeTakeFirst();
}

export function findContactByClientKey(db: Db, planId: string, clientKey: string) {
  return contacts(db, planId).where('c.client_key', '=', clientKey).executeTakeFirst();
}

export function listActiveContactsInGroup(db: Db, planId: string, group: string) {
  return contacts(db, planId)
    .where('c.contact_group', '=', group)
    .where('c.is_active', '=', true)
    .orderBy('o.sort_order')
    .orderBy('c.full_name')
    .execute();
}

export function listActiveContactsOfOrganisation(
  db: Db,
  planId: string,
  group: string,
  organisationId: string,
) {
  return contacts(db, planId)
    .where('c.contact_group', '=', group)
    .where('c.organisation_id', '=', organisationId)
    .where('c.is_active', '=', true)
    .orderBy('c.full_name')
    .execute();
}

export function findActiveContactByEmail(db: Db, planId: string, group: string, email: string) {
  return contacts(db, planId)
    .where('c.contact_group', '=', group)
    .where('c.is_active', '=', true)
    .where('c.email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export interface ContactValues {
  organisationId: string;
  group: string;
  roleTitle: string;
  fullName: string;
  email: string;
  phone: string | null;
  deputyId: string | null;
  isActive: boolean;
}

export async function insertContact(db: Db, planId: string, clientKey: string, v: ContactValues) {
  return db
    .insertInto('alert_contact')
    .values({
      plan_id: planId,
      client_key: clientKey,
      organisation_id: v.organisationId,
      contact_group: v.group,
      role_title: v.roleTitle,
      full_name: v.fullName,
      email: v.email,
      phone: v.phone,
      deputy_id: v.deputyId,
      is_active: v.isActive,
      last_confirmed_at: new Date(),
    })
    .onConflict((oc) => oc.constraint('alert_contact_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function updateContact(db: Db, planId: string, id: string, v: ContactValues) {
  return db
    .updateTable('alert_contact')
    .set({
      organisation_id: v.organisationId,
      contact_group: v.group,
      role_title: v.roleTitle,
      full_name: v.fullName,
      email: v.email,
      phone: v.phone,
      deputy_id: v.deputyId,
      is_active: v.isActive,
      last_confirmed_at: sql<Date>`now()`,
    })
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
}

export function confirmContact(db: Db, planId: string, id: string) {
  return db
    .updateTable('alert_contact')
    .set({ last_confirmed_at: sql<Date>`now()` })
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
}

export function organisationExists(db: Db, planId: string, id: string) {
  return db
    .selectFrom('alert_organisation')
    .select('id')
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listShifts(db: Db, planId: string, from: Date) {
  return db
    .selectFrom('oncall_shift as s')
    .innerJoin('alert_contact as c', 'c.id', 's.contact_id')
    .select(['s.id', 's.contact_id', 'c.full_name', 's.starts_at', 's.ends_at'])
    .where('s.plan_id', '=', planId)
    .where('s.ends_at', '>', from)
    .orderBy('s.starts_at')
    .execute();
}

export function insertShift(db: Db, planId: string, v: { contactId: string; startsAt: Date; endsAt: Date }) {
  return db
    .insertInto('oncall_shift')
    .values({ plan_id: planId, contact_id: v.contactId, starts_at: v.startsAt, ends_at: v.endsAt })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function deleteShift(db: Db, planId: string, id: string) {
  return db.deleteFrom('oncall_shift').where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
}

/** Who is SSP-chefvagt at the given moment: the active chiefs whose shift covers it. */
export function findChiefsOnCall(db: Db, planId: string, at: Date) {
  return contacts(db, planId)
    .innerJoin('oncall_shift as s', 's.contact_id', 'c.id')
    .where('s.starts_at', '<=', at)
    .where('s.ends_at', '>', at)
    .where('c.is_active', '=', true)
    .orderBy('s.starts_at', 'desc')
    .execute();
}
