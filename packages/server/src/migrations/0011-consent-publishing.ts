import { type Kysely, sql } from 'kysely';

// Issue 15, items 5 and 6 (docs/decisions/0018-consent-in-reports-and-published-evaluations.md).
// - participant_consent becomes the proof of consent that outlives erasure (GDPR art. 7(1)): erasure
//   no longer deletes it; it blanks the partner names (free text) and keeps the dates, purposes and
//   the staff who recorded and withdrew it. A consent row can no longer be deleted while its
//   participant row exists, and its purposes and dates cannot be rewritten, only withdrawn.
// - Index for the reports' consent filter (newest consent per participant).
// - A course evaluation reaches the videnbase only when a leader publishes it: the published text is
//   its own column with who published it and when; the worker's evaluation stays internal.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index participant_consent_newest_idx
      on participant_consent (participant_id, given_on desc, created_at desc);

    create function participant_consent_proof_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if exists (select 1 from participant p where p.id = old.participant_id) then
          raise exception 'participant_consent is the proof of consent and is never deleted';
        end if;
        return old;
      end if;
      if new.participant_id <> old.participant_id or new.given_on <> old.given_on
         or new.for_registration <> old.for_registration or new.for_statistics <> old.for_statistics
         or new.for_partner_contact <> old.for_partner_contact
         or new.recorded_by is distinct from old.recorded_by
         or (old.withdrawn_on is not null and (new.withdrawn_on is distinct from old.withdrawn_on
                                              or new.withdrawn_by is distinct from old.withdrawn_by)) then
        raise exception 'a consent is proof: only withdrawal and the erasure of partner names change it';
      end if;
      return new;
    end $$;
    create trigger participant_consent_proof before update or delete on participant_consent
      for each row execute function participant_consent_proof_guard();

    alter table group_course
      add column published_evaluation text check (length(published_evaluation) between 1 and 4000),
      add column published_at timestamptz,
      add column published_by uuid references app_user(id),
      add constraint group_course_published_check
        check ((published_evaluation is null) = (published_at is null));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table group_course drop constraint if exists group_course_published_check,
      drop column if exists published_evaluation, drop column if exists published_at,
      drop column if exists published_by;
    drop trigger if exists participant_consent_proof on participant_consent;
    drop function if exists participant_consent_proof_guard();
    drop index if exists participant_consent_newest_idx;
  `.execute(db);
}
