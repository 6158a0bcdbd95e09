import { type Kysely, sql } from 'kysely';

// Issue 17: an offer whose answer deadline passes without an answer becomes "udløbet" by itself.
// The reminder job appends an `offer_expired` event for it (one per offer, also when a worker later
// voids it, so a voided expiry is never made again) and tells the responsible worker once: a
// reminder row now says which of the two messages it stands for.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table household_event drop constraint household_event_type_check;
    alter table household_event add constraint household_event_type_check
      check (type in ('registered', 'offer_made', 'offer_accepted', 'offer_declined',
        'offer_withdrawn', 'offer_expired', 'moved', 'returned', 'voided'));
    alter table household_event add constraint household_event_expiry_offer_check
      check (type <> 'offer_expired' or offer_id is not null);
    create unique index household_event_one_expiry on household_event (offer_id)
      where type = 'offer_expired';

    alter table rehousing_reminder add column kind text not null default 'deadline'
      check (kind in ('deadline', 'expired'));
    alter table rehousing_reminder drop constraint rehousing_reminder_pkey;
    alter table rehousing_reminder add primary key (offer_event_id, kind);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from rehousing_reminder where kind = 'expired';
    alter table rehousing_reminder drop constraint rehousing_reminder_pkey;
    alter table rehousing_reminder drop column kind;
    alter table rehousing_reminder add primary key (offer_event_id);
    drop index if exists household_event_one_expiry;
    alter table household_event drop constraint if exists household_event_expiry_offer_check;
    delete from household_event
      where voids_event_id in (select id from household_event where type = 'offer_expired');
    delete from household_event where type = 'offer_expired';
    alter table household_event drop constraint household_event_type_check;
    alter table household_event add constraint household_event_type_check
      check (type in ('registered', 'offer_made', 'offer_accepted', 'offer_declined',
        'offer_withdrawn', 'moved', 'returned', 'voided'));
  `.execute(db);
}
