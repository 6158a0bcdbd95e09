import { type Kysely, sql } from 'kysely';

// Beredskab you can trust (issue 16, items 1-3): an SMS code per alert for acknowledging by reply,
// the signatures of inbound SMS webhooks already seen (replay protection), when a contact joined the
// list they are on, and four eyes on crisis messages: the author is recorded by user id and the
// database refuses an approval by the author or by someone who joined the FU list during the incident.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- 6 characters without 0/O, 1/I/L: readable aloud and on any phone.
    alter table alert add column sms_code text
      check (sms_code is null or sms_code ~ '^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$');
    -- Unique among the plan's unacknowledged alerts, so a reply names exactly one alert.
    create unique index alert_open_sms_code_key on alert (plan_id, sms_code)
      where sms_code is not null and acknowledged_at is null;

    -- Inbound webhooks are not a plan's data until their code is matched: no plan_id. Rows older
    -- than the replay window are deleted as new ones arrive.
    create table sms_inbound_receipt (
      signature bytea primary key,
      received_at timestamptz not null default now()
    );
    create index sms_inbound_receipt_time_idx on sms_inbound_receipt (received_at);

    alter table alert_contact add column listed_since timestamptz;
    update alert_contact set listed_since = created_at;
    alter table alert_contact alter column listed_since set not null,
      alter column listed_since set default now();
    -- Moving to another list, changing the e-mail or becoming active again counts as joining the
    -- list now; nobody can set the time back by hand.
    create function alert_contact_listed_since() returns trigger language plpgsql as $$
    begin
      if new.contact_group is distinct from old.contact_group or new.email is distinct from old.email
         or (new.is_active and not old.is_active) then
        new.listed_since := now();
      else
        new.listed_since := old.listed_since;
      end if;
      return new;
    end $$;
    create trigger alert_contact_listed_since before update on alert_contact
      for each row execute function alert_contact_listed_since();

    alter table crisis_message add column drafted_by_id uuid references app_user(id),
      add column approved_by_user_id uuid references app_user(id),
      add constraint crisis_message_four_eyes
        check (approved_by_user_id is null or drafted_by_id is null or approved_by_user_id <> drafted_by_id);

    create function crisis_message_check_approver() returns trigger language plpgsql as $$
    declare
      approver record;
      author_email text;
      raised_at timestamptz;
    begin
      if new.approved_by_contact_id is null then
        return new;
      end if;
      if TG_OP = 'UPDATE' and new.approved_by_contact_id is not distinct from old.approved_by_contact_id
         and new.approved_by_user_id is not distinct from old.approved_by_user_id then
        return new;
      end if;
      select email, contact_group, listed_since into approver
        from alert_contact where id = new.approved_by_contact_id;
      select email into author_email from app_user where id = new.drafted_by_id;
      if approver.email = author_email or approver.email = lower(new.drafted_by_label) then
        raise exception 'Krisemeddelelsen kan ikke godkendes af den, der har skrevet den'
          using errcode = 'check_violation', constraint = 'crisis_message_four_eyes';
      end if;
      if approver.contact_group <> 'ssp_fu' then
        raise exception 'Krisemeddelelser godkendes af et medlem af SSP-forretningsudvalget'
          using errcode = 'check_violation', constraint = 'crisis_message_four_eyes';
      end if;
      if TG_OP = 'UPDATE' then
        select created_at into raised_at from incident where id = new.incident_id;
        if approver.listed_since >= raised_at then
          raise exception 'Godkenderen kom på forretningsudvalgets liste under hændelsen'
            using errcode = 'check_violation', constraint = 'crisis_message_four_eyes';
        end if;
      end if;
      return new;
    end $$;
    create trigger crisis_message_check_approver before insert or update on crisis_message
      for each row execute function crisis_message_check_approver();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger if exists crisis_message_check_approver on crisis_message;
    drop function if exists crisis_message_check_approver;
    alter table crisis_message drop constraint if exists crisis_message_four_eyes,
      drop column if exists approved_by_user_id, drop column if exists drafted_by_id;
    drop trigger if exists alert_contact_listed_since on alert_contact;
    drop function if exists alert_contact_listed_since;
    alter table alert_contact drop column if exists listed_since;
    drop table if exists sms_inbound_receipt;
    drop index if exists alert_open_sms_code_key;
    alter table alert drop column if exists sms_code;
  `.execute(db);
}
