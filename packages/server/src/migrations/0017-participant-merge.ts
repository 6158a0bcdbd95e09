import { type Kysely, sql } from 'kysely';

// Issue 17, item 4: a leader merges two records of the same person into one, and may undo it for
// 30 days. participant_merge remembers what moved (row ids per table, attendance moved between two
// enrolments on one course, an emptied enrolment's values), never a personal value, so it can all be
// moved back. The merged-away participant keeps its row, marked with merged_into_id, and leaves every
// list, search, suggestion and detail through the module's row scope. The kept participant's consent
// is narrowed to what both allowed by a consent row of the merge's own (participant_consent.merge_id):
// not a consent the person gave, so the undo may delete it; every other consent stays proof. The merge
// and its undo are named audit events.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table participant_merge (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      constraint participant_merge_tenant_key unique (plan_id, id),
      kept_participant_id uuid not null,
      foreign key (plan_id, kept_participant_id) references participant(plan_id, id),
      merged_participant_id uuid not null,
      foreign key (plan_id, merged_participant_id) references participant(plan_id, id),
      check (kept_participant_id <> merged_participant_id),
      moved jsonb not null,
      reason text check (length(reason) between 1 and 500),
      merged_by uuid references app_user(id),
      merged_at timestamptz not null default now(),
      undone_at timestamptz,
      undone_by uuid references app_user(id),
      check (undone_by is null or undone_at is not null)
    );
    -- One merge in force per merged-away record.
    create unique index participant_merge_in_force_key on participant_merge (merged_participant_id)
      where undone_at is null;
    create index participant_merge_kept_idx on participant_merge (kept_participant_id);
    create trigger participant_merge_audit after insert or update or delete on participant_merge
      for each row execute function audit_row_change('');

    alter table participant add column merged_into_id uuid;
    alter table participant add constraint participant_merged_into_fk
      foreign key (plan_id, merged_into_id) references participant(plan_id, id);
    alter table participant add constraint participant_not_merged_into_itself
      check (merged_into_id is distinct from id);
    create index participant_merged_into_idx on participant (merged_into_id)
      where merged_into_id is not null;

    alter table participant_consent add column merge_id uuid;
    alter table participant_consent add constraint participant_consent_merge_fk
      foreign key (plan_id, merge_id) references participant_merge(plan_id, id);

    create or replace function participant_consent_proof_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        -- The narrowing a merge wrote is not a consent the person gave: its undo takes it away.
        if old.merge_id is null and exists (select 1 from participant p where p.id = old.participant_id) then
          raise exception 'participant_consent is the proof of consent and is never deleted';
        end if;
        return old;
      end if;
      if new.participant_id <> old.participant_id or new.given_on <> old.given_on
         or new.for_registration <> old.for_registration or new.for_statistics <> old.for_statistics
         or new.for_partner_contact <> old.for_partner_contact
         or new.recorded_by is distinct from old.recorded_by
         or new.merge_id is distinct from old.merge_id
         or (old.withdrawn_on is not null and (new.withdrawn_on is distinct from old.withdrawn_on
                                              or new.withdrawn_by is distinct from old.withdrawn_by)) then
        raise exception 'a consent is proof: only withdrawal and the erasure of partner names change it';
      end if;
      return new;
    end $$;

    alter table audit_event drop constraint audit_event_action_check;
    alter table audit_event add constraint audit_event_action_check check (action in
      ('read', 'create', 'update', 'delete', 'sign-in', 'sign-in-failed', 'sign-out', 'export',
       'deactivate', 'reactivate', 'role-change', 'team-change', 'password-reset', 'session-end',
       'handover', 'merge', 'merge-undo'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table participant_consent drop column if exists merge_id;
    alter table participant drop column if exists merged_into_id;
    drop table if exists participant_merge;
  `.execute(db);
}
