import { type Kysely, sql } from 'kysely';

// Issue 18: the plan's read pages are kept as JSON in the server and answered from there while the
// plan's content is unchanged. Every insert, update or delete of a row of the plan's content (every
// plan_* table with plan_id, but the history plan_change that those changes write) counts up
// plan.content_version in the same transaction, so the new version is seen exactly when the change
// is committed. The server keys its copies on this version and on the plan row's xmin, which a
// restore (rows inserted anew) also changes. A plan_* table added later needs the trigger too
// (plan-content-version.test.ts fails without it).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table plan add column content_version bigint not null default 0;

    create function plan_content_changed() returns trigger language plpgsql as $$
    begin
      if TG_OP <> 'INSERT' then
        update plan set content_version = content_version + 1 where id = OLD.plan_id;
      end if;
      if TG_OP <> 'DELETE' and (TG_OP = 'INSERT' or NEW.plan_id is distinct from OLD.plan_id) then
        update plan set content_version = content_version + 1 where id = NEW.plan_id;
      end if;
      return null;
    end $$;

    do $$
    declare
      content_table text;
    begin
      for content_table in
        select c.table_name from information_schema.columns c
          join information_schema.tables t
            on t.table_schema = c.table_schema and t.table_name = c.table_name
         where c.table_schema = current_schema() and c.column_name = 'plan_id'
           and t.table_type = 'BASE TABLE'
           and c.table_name like 'plan\\_%' and c.table_name <> 'plan_change'
      loop
        execute format(
          'create trigger %I after insert or update or delete on %I
             for each row execute function plan_content_changed()',
          content_table || '_content_version', content_table);
      end loop;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function plan_content_changed() cascade;
    alter table plan drop column content_version;
  `.execute(db);
}
