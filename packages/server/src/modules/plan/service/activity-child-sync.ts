import { da } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { PatchActivityInput } from '../contract/activities.ts';
import {
  deleteChildRows,
  insertSessionRow,
  insertTargetGroupRow,
  listSessionRows,
  listTargetGroupRows,
  type TargetGroupRow,
  updateSessionRow,
  updateTargetGroupRow,
} from '../queries/activity-child-rows.ts';

// An edited list of target groups or sessions is matched against the stored rows, so each row is
// changed in place: the history shows one update with before → after, and what the body does not
// carry stays (a target group's as_written and source, a session's topics and its id, which
// registration's course sessions point at).

export type SentTargetGroup = { description: string; areaId: string | null; count: number | null };

/**
 * Pairs each sent row with a stored row: same text, area and count; else same text and area; else
 * the row at the same place when it keeps its text or its area. A row with new text and a new area
 * is a new row: it must not inherit the plan source of the row it replaced.
 */
export function matchTargetGroups(
  sent: SentTargetGroup[],
  stored: TargetGroupRow[],
): Array<TargetGroupRow | undefined> {
  const used = new Set<string>();
  const pairs: Array<TargetGroupRow | undefined> = sent.map(() => undefined);
  // The stored rows come in list order, so the third rule looks at the row at the same place.
  const rules: Array<(s: SentTargetGroup, row: TargetGroupRow, sameIndex: boolean) => boolean> = [
    (s, row) => s.description === row.description && s.areaId === row.area_id && s.count === row.count,
    (s, row) => s.description === row.description && s.areaId === row.area_id,
    (s, row, sameIndex) => sameIndex && (s.description === row.description || s.areaId === row.area_id),
  ];
  for (const rule of rules) {
    sent.forEach((s, index) => {
      if (pairs[index]) return;
      const row = stored.find((r, at) => !used.has(r.id) && rule(s, r, at === index));
      if (!row) return;
      pairs[index] = row;
      used.add(row.id);
    });
  }
  return pairs;
}

/** Writes the sent target groups: matched rows change in place, the rest are added or removed. */
export async function syncTargetGroups(
  trx: Db,
  planId: string,
  activityId: string,
  sent: SentTargetGroup[],
): Promise<void> {
  const stored = await listTargetGroupRows(trx, planId, activityId);
  const pairs = matchTargetGroups(sent, stored);
  const kept = new Set(pairs.flatMap((row) => (row ? [row.id] : [])));
  await deleteChildRows(
    trx,
    planId,
    'plan_activity_target_group',
    stored.filter((row) => !kept.has(row.id)).map((row) => row.id),
  );
  // Positions only need to rise in the sent order: a row keeps its own when it still does, so
  // removing a row or adding one at the end moves no other row.
  let last = -1;
  for (const [index, s] of sent.entries()) {
    const row = pairs[index];
    const position = row && row.position > last ? row.position : last + 1;
    last = position;
    if (!row) {
      await insertTargetGroupRow(trx, { plan_id: planId, activity_id: activityId, position, ...toRow(s) });
      continue;
    }
    const changes: Parameters<typeof updateTargetGroupRow>[3] = {};
    if (row.position !== position) changes.position = position;
    if (row.description !== s.description) changes.description = s.description;
    if (row.area_id !== s.areaId) changes.area_id = s.areaId;
    if (row.count !== s.count) changes.count = s.count;
    // The plan's own wording of the number ("Korsløkken (afdeling C, E, F og G): 590") no longer
    // fits a changed count or area; the history keeps it.
    if ((changes.count !== undefined || changes.area_id !== undefined) && row.as_written !== null) {
      changes.as_written = null;
    }
    if (Object.keys(changes).length > 0) await updateTargetGroupRow(trx, planId, row.id, changes);
  }
}

function toRow(s: SentTargetGroup) {
  return { description: s.description, area_id: s.areaId, count: s.count };
}

type SentSession = NonNullable<PatchActivityInput['sessions']>[number];

/** Writes the sent sessions, matched by number: a title or description changes in place. */
export async function syncSessions(
  trx: Db,
  planId: string,
  activityId: string,
  sent: SentSession[],
): Promise<void> {
  const stored = await listSessionRows(trx, planId, activityId);
  const removed = stored.filter((row) => !sent.some((s) => s.number === row.number));
  try {
    await deleteChildRows(
      trx,
      planId,
      'plan_activity_session',
      removed.map((row) => row.id),
    );
  } catch (error) {
    // A course in registration holds the session: it stays, and nothing of the edit is written.
    if ((error as { code?: string }).code === '23503') {
      throw new AppError('VALIDATION', [{ field: 'sessions', message: da.planApi.sessionInUse }]);
    }
    throw error;
  }
  for (const s of sent) {
    const description = s.description ?? null;
    const row = stored.find((r) => r.number === s.number);
    if (!row) {
      await insertSessionRow(trx, {
        plan_id: planId,
        activity_id: activityId,
        number: s.number,
        title: s.title,
        description,
        topics: '[]',
      });
      continue;
    }
    const changes = {
      ...(row.title !== s.title ? { title: s.title } : {}),
      ...(row.description !== description ? { description } : {}),
    };
    if (Object.keys(changes).length > 0) await updateSessionRow(trx, planId, row.id, changes);
  }
}
