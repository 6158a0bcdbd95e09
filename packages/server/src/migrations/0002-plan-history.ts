import { type Kysely, sql } from 'kysely';

// Part of migration 0002-plan: the plan's history table and the generic trigger that fills it.
export async function createPlanHistory(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The plan's history: append-only, one row per changed row, with the changed columns' values.
    create table plan_change (
      id bigint generated always as identity primary key,
      plan_id uuid not null references plan(id),
      occurred_at timestamptz not null default clock_timestamp(),
      actor_id uuid,
      actor_label text not null,
      table_name text not null,
      row_id uuid not null,
      operation text not null check (operation in ('create', 'update', 'delete')),
      before_values jsonb,
      after_values jsonb,
      -- Names the parent (activity, indicator) of a child row, so its label survives a delete.
      parent_id uuid
    );
    create index plan_change_plan_time_idx on plan_change (plan_id, id desc);

    create trigger plan_change_no_update before update or delete on plan_change
      for each row execute function audit_event_is_append_only();
    create trigger plan_change_no_truncate before truncate on plan_change
      for each statement execute function audit_event_is_append_only();

    -- Generic: TG_ARGV[0] = technical columns not worth a history row on their own,
    -- TG_ARGV[1] = the column naming the parent row (or '').
    create function plan_record_change() returns trigger language plpgsql as $$
    declare
      actor text := nullif(current_setting('helhed.actor', true), '');
      ignored text[] := coalesce(string_to_array(nullif(TG_ARGV[0], ''), ','), '{}')
                        || array['id', 'plan_id'];
      parent_column text := nullif(TG_ARGV[1], '');
      new_row jsonb := case when TG_OP = 'DELETE' then '{}'::jsonb else to_jsonb(NEW) end;
      old_row jsonb := case when TG_OP = 'INSERT' then '{}'::jsonb else to_jsonb(OLD) end;
      row_data jsonb := case when TG_OP = 'DELETE' then to_jsonb(OLD) else to_jsonb(NEW) end;
      before_values jsonb;
      after_values jsonb;
    begin
      select jsonb_object_agg(k, old_row -> k), jsonb_object_agg(k, new_row -> k)
        into before_values, after_values
        from (select key as k from jsonb_object_keys(new_row || old_row) as key) keys
        where not (k = any(ignored))
          and (new_row -> k) is distinct from (old_row -> k)
          and not (TG_OP <> 'UPDATE' and coalesce(new_row -> k, old_row -> k) = 'null'::jsonb);
      if before_values is null then
        return case when TG_OP = 'DELETE' then OLD else NEW end;
      end if;
      if actor is null then
        raise exception 'Ændring af % uden kendt aktør', TG_TABLE_NAME using errcode = 'insufficient_privilege';
      end if;
      insert into plan_change (plan_id, actor_id, actor_label, table_name, row_id, operation,
                               before_values, after_values, parent_id)
      values ((row_data ->> 'plan_id')::uuid,
              nullif(current_setting('helhed.actor_id', true), '')::uuid,
              actor,
              TG_TABLE_NAME,
              (row_data ->> 'id')::uuid,
              case TG_OP when 'INSERT' then 'create' when 'UPDATE' then 'update' else 'delete' end,
              case when TG_OP = 'INSERT' then null else before_values end,
              case when TG_OP = 'DELETE' then null else after_values end,
              case when parent_column is null then null else (row_data ->> parent_column)::uuid end);
      return case when TG_OP = 'DELETE' then OLD else NEW end;
    end $$;

    create trigger plan_sub_agreement_history after insert or update or delete on plan_sub_agreement
      for each row execute function plan_record_change('updated_at', 'focus_area_id');
    create trigger plan_goal_history after insert or update or delete on plan_goal
      for each row execute function plan_record_change('', '');
    create trigger plan_indicator_history after insert or update or delete on plan_indicator
      for each row execute function plan_record_change('', 'goal_id');
    create trigger plan_baseline_history after insert or update or delete on plan_baseline
      for each row execute function plan_record_change('', 'indicator_id');
    create trigger plan_indicator_value_history after insert or update or delete on plan_indicator_value
      for each row execute function plan_record_change('changed_at,changed_by', 'indicator_id');
    create trigger plan_activity_history after insert or update or delete on plan_activity
      for each row execute function plan_record_change('updated_at,created_at,client_key', '');
    create trigger plan_activity_purpose_history after insert or update or delete on plan_activity_purpose
      for each row execute function plan_record_change('', 'activity_id');
    create trigger plan_activity_target_group_history after insert or update or delete on plan_activity_target_group
      for each row execute function plan_record_change('', 'activity_id');
    create trigger plan_activity_referral_source_history after insert or update or delete on plan_activity_referral_source
      for each row execute function plan_record_change('', 'activity_id');
    create trigger plan_activity_partner_history after insert or update or delete on plan_activity_partner
      for each row execute function plan_record_change('', 'activity_id');
    create trigger plan_activity_session_history after insert or update or delete on plan_activity_session
      for each row execute function plan_record_change('', 'activity_id');
  `.execute(db);
}
