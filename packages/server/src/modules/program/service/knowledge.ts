import { findPersonalData, hasPersonalDataWarnings, parseThreshold, safeCount } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  type Assessor,
  type EntryKind,
  KNOWLEDGE_FILE_MAX_BYTES,
  KNOWLEDGE_FILE_TYPES,
  type NewEntryInput,
} from '../contract/knowledge.ts';
import type { ActivityRefT } from '../contract/program.ts';
import { listContinuations } from '../queries/continuations.ts';
import {
  findActivity,
  findEntryFile,
  findEntryIdByClientKey,
  insertEntryIfNew,
  listAreasOfPlans,
  listCourseEvaluations,
  listEntries,
  listFocusAreasOfPlans,
  listPlanPeriods,
  searchKnowledge,
  visiblePlanIds,
} from '../queries/knowledge.ts';
import { listEntryRevisions } from '../queries/knowledge-revisions.ts';
import { linesOfWork } from './lines-of-work.ts';
import { activityRefs } from './views.ts';

/** 'fritidsjob rådgivning' → 'fritidsjob:* & rådgivning:*'; only letters and digits pass. */
export function prefixQueryOf(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !['and', 'or', 'not'].includes(w))
    .slice(0, 8);
  return words.map((w) => `${w}:*`).join(' & ');
}

async function lineContext(db: Db, planIds: string[]) {
  const [refs, links] = await Promise.all([activityRefs(db, planIds), listContinuations(db)]);
  const lines = linesOfWork(
    links.map((l) => ({ activityId: l.activity_id, previousActivityId: l.previous_activity_id })),
  );
  const ref = (id: string): ActivityRefT | null => {
    const r = refs.get(id);
    return r ? { id: r.id, name: r.name, planName: r.planName, focusAreaName: r.focusAreaName } : null;
  };
  const planStart = new Map([...refs.values()].map((r) => [r.id, r.planName]));
  const lineOf = (id: string): ActivityRefT[] =>
    (lines.get(id) ?? [id])
      .map(ref)
      .filter((r): r is ActivityRefT => r !== null)
      .sort(
        (a, b) =>
          (planStart.get(a.id) ?? '').localeCompare(planStart.get(b.id) ?? '') ||
          a.name.localeCompare(b.name),
      );
  return { ref, lineOf, lines };
}

export interface SearchInput {
  q: string;
  focusArea?: string | undefined;
  area?: string | undefined;
  year?: number | undefined;
  limit: number;
  offset: number;
}

export async function searchKnowledgeBase(db: Db, ctx: RequestContext, input: SearchInput) {
  const planIds = await visiblePlanIds(db, ctx.actor.plan.id);
  const rows = await searchKnowledge(db, {
    planIds,
    query: input.q,
    prefixQuery: prefixQueryOf(input.q),
    focusAreaId: input.focusArea ?? null,
    areaSlug: input.area ?? null,
    year: input.year ?? null,
  });
  const { ref, lineOf } = await lineContext(db, planIds);
  const seen = new Set<string>();
  const hits = [];
  for (const row of rows) {
    const key = row.kind === 'activity' ? `a:${row.activity_id}` : `e:${row.entry_id}`;
    const activity = ref(row.activity_id);
    if (seen.has(key) || !activity) continue;
    seen.add(key);
    hits.push({
      kind: row.kind,
      activity,
      entryId: row.entry_id,
      entryKind: row.entry_kind as EntryKind | null,
      title: row.title,
      snippet: row.snippet.replaceAll('<b>', '‹‹').replaceAll('</b>', '››'),
      year: row.year,
      lineOfWork: lineOf(row.activity_id),
    });
  }
  // One hit per activity or entry, so the page is cut after the duplicates are gone.
  return { hits: hits.slice(input.offset, input.offset + input.limit), total: hits.length };
}

/** What a search may be narrowed to: the focus areas, areas and years of the visible plans. */
export async function knowledgeFilters(db: Db, ctx: RequestContext) {
  const planIds = await visiblePlanIds(db, ctx.actor.plan.id);
  const [focusAreas, areas, periods] = await Promise.all([
    listFocusAreasOfPlans(db, planIds),
    listAreasOfPlans(db, planIds),
    listPlanPeriods(db, planIds),
  ]);
  const years = new Set<number>();
  for (const p of periods) {
    for (let y = Number(p.period_start.slice(0, 4)); y <= Number(p.period_end.slice(0, 4)); y++) years.add(y);
  }
  return {
    focusAreas: focusAreas.map((f) => ({ id: f.id, name: f.name, planName: f.plan_name })),
    areas,
    years: [...years].sort((a, b) => b - a),
  };
}

export async function buildActivityKnowledge(db: Db, ctx: RequestContext, activityId: string) {
  const planIds = await visiblePlanIds(db, ctx.actor.plan.id);
  const activity = await findActivity(db, activityId, planIds);
  if (!activity) throw new AppError('NOT_FOUND');
  const { lineOf } = await lineContext(db, planIds);
  const line = lineOf(activityId);
  const ids = line.map((a) => a.id);
  const planNameOf = new Map(line.map((a) => [a.id, a.planName]));
  const [entries, courses] = await Promise.all([
    listEntries(db, ids),
    listCourseEvaluations(db, ctx.actor, ids),
  ]);
  const revisions = await listEntryRevisions(
    db,
    entries.map((e) => e.id),
  );
  return {
    activity: {
      id: activity.id,
      name: activity.name,
      planName: activity.plan_name,
      focusAreaName: activity.focus_area_name,
      purposesIntro: activity.purposes_intro,
      targetGroup: activity.target_group,
      period: { start: activity.period_start, end: activity.period_end },
    },
    lineOfWork: line,
    entries: entries.map((e) => ({
      id: e.id,
      activityId: e.activity_id,
      activityPlanName: planNameOf.get(e.activity_id) ?? '',
      kind: e.kind as EntryKind,
      assessor: e.assessor as Assessor | null,
      year: e.year,
      title: e.title,
      body: e.body,
      file:
        e.file_name && e.file_type
          ? { name: e.file_name, type: e.file_type, size: Number(e.file_size ?? 0) }
          : null,
      createdAt: e.created_at.toISOString(),
      ownPlan: e.plan_id === ctx.actor.plan.id,
      updatedAt: e.updated_at?.toISOString() ?? null,
      withdrawnAt: e.withdrawn_at?.toISOString() ?? null,
      withdrawnReason: e.withdrawn_reason,
      revisions: revisions.filter((r) => r.entry_id === e.id).map(presentEntryRevision),
    })),
    courseEvaluations: courses.map((c) => {
      const text = c.text;
      const found = findPersonalData(text);
      const withheld = found.cpr.length > 0 || hasPersonalDataWarnings(found);
      return {
        activityPlanName: planNameOf.get(c.activity_id) ?? '',
        title: c.title,
        kind: c.kind as 'course' | 'group' | 'event',
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        evaluation: withheld ? null : text,
        withheld,
        published: c.published,
        enrolled: safeCount(Number(c.enrolled ?? 0), parseThreshold(process.env.HELHED_DISCRETION_THRESHOLD)),
      };
    }),
  };
}

function presentEntryRevision(r: Awaited<ReturnType<typeof listEntryRevisions>>[number]) {
  return {
    id: r.id,
    change: r.change as 'edit' | 'withdraw',
    reason: r.reason,
    removedPersonalData: r.removed_personal_data,
    before: r.before,
    after: r.after,
    changedByName: r.changed_by_name,
    changedAt: r.changed_at.toISOString(),
  };
}

/** Refuses a CPR number always; an e-mail or phone number only unless the writer confirmed. */
export function guardText(texts: string[], confirmed: boolean): void {
  const found = findPersonalData(texts.join('\n'));
  if (found.cpr.length > 0) throw new AppError('KNOWLEDGE_CPR_REFUSED');
  if (hasPersonalDataWarnings(found) && !confirmed) throw new AppError('KNOWLEDGE_PERSONAL_DATA_UNCONFIRMED');
}

function decodeFile(file: NonNullable<NewEntryInput['file']>): Buffer {
  if (!(KNOWLEDGE_FILE_TYPES as readonly string[]).includes(file.type))
    throw new AppError('KNOWLEDGE_FILE_TYPE');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64)) throw new AppError('VALIDATION');
  const data = Buffer.from(file.base64, 'base64');
  if (data.length > KNOWLEDGE_FILE_MAX_BYTES) throw new AppError('KNOWLEDGE_FILE_TOO_LARGE');
  const isPdf = data.subarray(0, 5).toString('latin1') === '%PDF-';
  if (file.type === 'application/pdf' && !isPdf) throw new AppError('KNOWLEDGE_FILE_TYPE');
  if (file.type === 'text/plain') {
    if (isPdf || data.includes(0)) throw new AppError('KNOWLEDGE_FILE_TYPE');
    guardText([data.toString('utf8')], false);
  }
  return data;
}

export async function createEntry(db: Db, ctx: RequestContext, input: NewEntryInput) {
  guardText([input.title, input.body, input.file?.name ?? ''], input.confirmPersonalData);
  const data = input.file ? decodeFile(input.file) : null;
  const planIds = await visiblePlanIds(db, ctx.actor.plan.id);
  const activity = await findActivity(db, input.activityId, planIds);
  if (!activity) throw new AppError('KNOWLEDGE_ACTIVITY_OUTSIDE');
  return withTransaction(db, ctx, async (trx) => {
    const inserted = await insertEntryIfNew(trx, {
      plan_id: activity.plan_id,
      client_key: input.clientKey,
      activity_id: activity.id,
      kind: input.kind,
      assessor: input.assessor,
      year: input.year,
      title: input.title,
      body: input.body,
      file_name: input.file?.name ?? null,
      file_type: input.file?.type ?? null,
      file_data: data,
      created_by: ctx.who.actorId,
    });
    if (inserted) return { id: inserted.id };
    const existing = await findEntryIdByClientKey(trx, activity.plan_id, input.clientKey);
    return { id: existing.id };
  });
}

/** An entry's attachment, from a plan the user may see; its name made safe for the header. */
export async function knowledgeFile(db: Db, ctx: RequestContext, entryId: string) {
  const planIds = await visiblePlanIds(db, ctx.actor.plan.id);
  const file = await findEntryFile(db, entryId, planIds);
  if (!file?.file_data || !file.file_type) throw new AppError('NOT_FOUND');
  const name = (file.file_name ?? 'bilag').replace(/[^A-Za-z0-9._-]+/g, '-');
  return { name, type: file.file_type, data: file.file_data };
}
