import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { CHANGE_ENTITY_TYPES, ChangeList } from '../contract/activities.ts';
import {
  type ChangeFilter,
  type ChangeRow,
  countChanges,
  findChangeLabels,
  listChanges,
} from '../queries/changes.ts';

type EntityType = (typeof CHANGE_ENTITY_TYPES)[number];

const ENTITY_TYPES: Record<string, EntityType> = {
  plan_sub_agreement: 'subAgreement',
  plan_activity: 'activity',
  plan_activity_purpose: 'activityPurpose',
  plan_activity_target_group: 'activityTargetGroup',
  plan_activity_referral_source: 'activityReferralSource',
  plan_activity_partner: 'activityPartner',
  plan_activity_session: 'activitySession',
  plan_goal: 'goal',
  plan_indicator: 'indicator',
  plan_baseline: 'baseline',
  plan_indicator_value: 'indicatorValue',
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const valuesOf = (row: ChangeRow) => ({ ...(row.before_values ?? {}), ...(row.after_values ?? {}) });
const uuidAt = (values: Record<string, unknown>, key: string) =>
  typeof values[key] === 'string' ? (values[key] as string) : null;

function labelOf(row: ChangeRow, labels: Map<string, string>): string | null {
  const values = valuesOf(row);
  const own = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : null);
  const parent = row.parent_id ? (labels.get(row.parent_id) ?? null) : null;
  switch (row.table_name) {
    case 'plan_activity':
      return own('name') ?? labels.get(row.row_id) ?? null;
    case 'plan_sub_agreement':
    case 'plan_indicator':
      return own('name') ?? labels.get(row.row_id) ?? null;
    case 'plan_goal':
      return own('text') ?? labels.get(row.row_id) ?? null;
    case 'plan_indicator_value': {
      const areaId = uuidAt(values, 'area_id');
      const area = areaId ? labels.get(areaId) : null;
      const year = values.year;
      return (
        [parent, area, typeof year === 'number' ? String(year) : null].filter(Boolean).join(' – ') || null
      );
    }
    default:
      return parent;
  }
}

// The parent row is named by entityLabel, and a row's place in its list is no change worth showing.
function isHidden(table: string, field: string): boolean {
  if (field === 'position' || field === 'activity_id' || field === 'indicator_id') return true;
  if (table === 'plan_indicator' && field === 'goal_id') return true;
  return table === 'plan_sub_agreement' && field === 'focus_area_id';
}

/** The history page: who changed what and when, newest first. */
export async function listPlanChanges(
  db: Db,
  ctx: RequestContext,
  filter: ChangeFilter,
): Promise<z.infer<typeof ChangeList>> {
  const planId = ctx.actor.plan.id;
  const [rows, total] = await Promise.all([
    listChanges(db, planId, filter),
    countChanges(db, planId, filter.after),
  ]);
  const ids = new Set<string>();
  for (const row of rows) {
    ids.add(row.row_id);
    if (row.parent_id) ids.add(row.parent_id);
    for (const [field, value] of Object.entries(valuesOf(row))) {
      if (field.endsWith('_id') && typeof value === 'string') ids.add(value);
    }
  }
  const { labels, indicatorKeys } = await findChangeLabels(db, planId, [...ids]);
  return {
    total,
    changes: rows.map((row) => {
      const before = row.before_values ?? {};
      const after = row.after_values ?? {};
      const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .filter((field) => !isHidden(row.table_name, field))
        .sort();
      // A reference is shown by the name of what it points to (areaId → area: 'Vollsmose').
      const readable = (field: string, value: unknown) =>
        field.endsWith('_id') && typeof value === 'string' ? (labels.get(value) ?? value) : (value ?? null);
      return {
        id: String(row.id),
        occurredAt: row.occurred_at.toISOString(),
        actorEmail: row.actor_label,
        entityType: ENTITY_TYPES[row.table_name] ?? 'activity',
        entityId: row.row_id,
        entityLabel: labelOf(row, labels),
        // As the API names the parent: indicators by their key, everything else by its uuid.
        parentEntityId: row.parent_id ? (indicatorKeys.get(row.parent_id) ?? row.parent_id) : null,
        operation: row.operation as 'create' | 'update' | 'delete',
        changedFields: fields.map((field) => ({
          field: camel(field.replace(/_id$/, '')),
          before: readable(field, before[field]),
          after: readable(field, after[field]),
        })),
      };
    }),
  };
}
