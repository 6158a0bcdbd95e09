import { type Kysely, sql } from 'kysely';

// Issue 23, items 1, 2 and 6: the plan's budget and spending (module finance, decision 0031).
// A budget cell is one row per (plan, year, funding source, cost line) in whole kroner; a cost line
// is a kind, and for salaries also the indsatsområde whose staff hours it pays. The budget and the
// co-financing minimum are versioned by the plan's one history mechanism: the plan_record_change
// trigger writes who, when, and each changed column before → after into plan_change (migration
// 0002). Budget rows are never deleted (a cell set to 0 stays, at 0), so every history row keeps
// its label. Spending is the net total of a month and cost line; it may be negative (a credit note
// larger than the month's costs). Every table is in the audit log through audit_row_change.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table finance_budget_line (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      year integer not null check (year between 2000 and 2100),
      funding_source text not null
        check (funding_source in ('lbf', 'municipality', 'housing_organisations', 'other')),
      cost_line text not null
        check (cost_line in ('salaries', 'activities', 'administration', 'evaluation', 'other')),
      focus_area_id uuid,
      foreign key (plan_id, focus_area_id) references plan_focus_area(plan_id, id),
      constraint finance_budget_line_salaries_check check ((cost_line = 'salaries') = (focus_area_id is not null)),
      amount bigint not null check (amount between 0 and 1000000000),
      constraint finance_budget_line_cell_key
        unique nulls not distinct (plan_id, year, funding_source, cost_line, focus_area_id)
    );
    create trigger finance_budget_line_history after insert or update or delete on finance_budget_line
      for each row execute function plan_record_change('', '');
    create trigger finance_budget_line_audit after insert or update or delete on finance_budget_line
      for each row execute function audit_row_change('');

    create table finance_setting (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null unique references plan(id),
      cofinancing_minimum_percent numeric(5, 2) not null check (cofinancing_minimum_percent between 0 and 100)
    );
    create trigger finance_setting_history after insert or update or delete on finance_setting
      for each row execute function plan_record_change('', '');
    create trigger finance_setting_audit after insert or update or delete on finance_setting
      for each row execute function audit_row_change('');

    create table finance_spending (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      year integer not null check (year between 2000 and 2100),
      month integer not null check (month between 1 and 12),
      cost_line text not null
        check (cost_line in ('salaries', 'activities', 'administration', 'evaluation', 'other')),
      focus_area_id uuid,
      foreign key (plan_id, focus_area_id) references plan_focus_area(plan_id, id),
      constraint finance_spending_salaries_check check ((cost_line = 'salaries') = (focus_area_id is not null)),
      amount bigint not null check (amount between -1000000000 and 1000000000),
      source text not null check (source in ('entered', 'imported')),
      changed_at timestamptz not null default now(),
      changed_by uuid references app_user(id),
      constraint finance_spending_cell_key
        unique nulls not distinct (plan_id, year, month, cost_line, focus_area_id)
    );
    create trigger finance_spending_audit after insert or update or delete on finance_spending
      for each row execute function audit_row_change('');

    -- The accounting export's columns as the user mapped them, remembered for the next import.
    create table finance_import_mapping (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null unique references plan(id),
      month_column text not null check (length(month_column) between 1 and 200),
      cost_line_column text not null check (length(cost_line_column) between 1 and 200),
      amount_column text not null check (length(amount_column) between 1 and 200),
      changed_at timestamptz not null default now()
    );
    create trigger finance_import_mapping_audit after insert or update or delete on finance_import_mapping
      for each row execute function audit_row_change('');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists finance_import_mapping;
    drop table if exists finance_spending;
    drop table if exists finance_setting;
    drop table if exists finance_budget_line;
  `.execute(db);
}
