import { type Insertable, sql } from 'kysely';
import type { SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { scopeTeamRows } from '../../registration/index.ts';
import type { KnowledgeEntryTable } from '../tables.ts';

// The knowledge base's SQL: Danish full-text search over activities and knowledge entries,
// the entries of one activity and their writes, and course evaluations read from the registration module.

/** The user's plan and every plan registered in a program that registers the user's plan. */
export async function visiblePlanIds(db: Db, planId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('program_plan as r')
    .select('r.plan_id')
    .where('r.plan_id', 'is not', null)
    .where('r.program_id', 'in', (eb) =>
      eb.selectFrom('program_plan as mine').select('mine.program_id').where('mine.plan_id', '=', planId),
    )
    .execute();
  return [...new Set([planId, ...rows.map((r) => r.plan_id as string)])];
}

export interface SearchFilters {
  planIds: string[];
  query: string;
  /** Sanitised words for the prefix query, e.g. 'fritidsjob:*'; empty when none. */
  prefixQuery: string;
  focusAreaId: string | null;
  areaSlug: string | null;
  year: number | null;
}

export interface SearchRow {
  kind: 'activity' | 'entry';
  activity_id: string;
  entry_id: string | null;
  entry_kind: string | null;
  title: string;
  snippet: string;
  rank: number;
  year: number | null;
}

const ACTIVITY_DOC = sql`(a.name || ' ' || coalesce(a.purposes_intro, '') || ' ' || coalesce(a.target_group, '') || ' ' || coalesce(a.evaluation, ''))`;
const ENTRY_DOC = sql`(e.title || ' ' || e.body)`;

export async function searchKnowledge(db: Db, f: SearchFilters): Promise<SearchRow[]> {
  const query = sql`(websearch_to_tsquery('danish', ${f.query})${
    f.prefixQuery ? sql` || to_tsquery('danish', ${f.prefixQuery})` : sql``
  })`;
  const activityFilter = sql`a.plan_id = any(${f.planIds}::uuid[])
    and (${f.focusAreaId}::uuid is null or a.focus_area_id = ${f.focusAreaId}::uuid)
    and (${f.areaSlug}::text is null or exists (select 1 from plan_activity_target_group tg
         join plan_area ar on ar.id = tg.area_id where tg.activity_id = a.id and ar.slug = ${f.areaSlug}::text))`;
  const planYear = sql`(${f.year}::int is null or exists (select 1 from plan p where p.id = a.plan_id
         and ${f.year}::int between extract(year from p.period_start) and extract(year from p.period_end)))`;
  const result = await sql<SearchRow>`
    select 'activity' as kind, a.id as activity_id, null::uuid as entry_id, null as entry_kind, a.name as title,
      ts_headline('danish', ${ACTIVITY_DOC}, ${query}, 'MaxWords=35, MinWords=12') as snippet,
      ts_rank(to_tsvector('danish', ${ACTIVITY_DOC}), ${query}) as rank, null::int as year
    from plan_activity a
    where to_tsvector('danish', ${ACTIVITY_DOC}) @@ ${query} and ${activityFilter} and ${planYear}
    union all
    select 'activity', a.id, null, null, a.name,
      ts_headline('danish', pp.text, ${query}, 'MaxWords=35, MinWords=12'),
      ts_rank(to_tsvector('danish', pp.text), ${query}), null
    from plan_activity_purpose pp join plan_activity a on a.id = pp.activity_id
    where to_tsvector('danish', pp.text) @@ ${query} and ${activityFilter} and ${planYear}
    union all
    select 'entry', a.id, e.id, e.kind, e.title,
      ts_headline('danish', ${ENTRY_DOC}, ${query}, 'MaxWords=35, MinWords=12'),
      ts_rank(to_tsvector('danish', ${ENTRY_DOC}), ${query}), e.year
    from knowledge_entry e join plan_activity a on a.id = e.activity_id
    where to_tsvector('danish', ${ENTRY_DOC}) @@ ${query} and ${activityFilter}
      and e.withdrawn_at is null
      and (${f.year}::int is null or e.year = ${f.year}::int)
    order by rank desc, title`.execute(db);
  return result.rows;
}

export function listFocusAreasOfPlans(db: Db, planIds: string[]) {
  return db
    .selectFrom('plan_focus_area as f')
    .innerJoin('plan as p', 'p.id', 'f.plan_id')
    .select(['f.id', 'f.name', 'p.name as plan_name', 'p.period_start'])
    .where('f.plan_id', 'in', planIds)
    .orderBy('p.period_start')
    .orderBy('f.position')
    .execute();
}

export function listPlanPeriods(db: Db, planIds: string[]) {
  return db.selectFrom('plan').select(['period_start', 'period_end']).where('id', 'in', planIds).execute();
}

export function listAreasOfPlans(db: Db, planIds: string[]) {
  return db
    .selectFrom('plan_area')
    .select(['slug', 'name'])
    .distinct()
    .where('plan_id', 'in', planIds)
    .orderBy('name')
    .execute();
}

export function findActivity(db: Db, activityId: string, planIds: string[]) {
  return db
    .selectFrom('plan_activity as a')
    .innerJoin('plan as p', 'p.id', 'a.plan_id')
    .innerJoin('plan_focus_area as f', 'f.id', 'a.focus_area_id')
    .select([
      'a.id',
      'a.plan_id',
      'a.name',
      'a.purposes_intro',
      'a.target_group',
      'a.evaluation',
      'p.name as plan_name',
      'p.period_start',
      'p.period_end',
      'f.name as focus_area_name',
    ])
    .where('a.id', '=', activityId)
    .where('a.plan_id', 'in', planIds)
    .executeTakeFirst();
}

export function listEntries(db: Db, activityIds: string[]) {
  return db
    .selectFrom('knowledge_entry')
    .select([
      'id',
      'activity_id',
      'kind',
      'assessor',
      'year',
      'title',
      'body',
      'file_name',
      'file_type',
      'created_at',
      'plan_id',
      'updated_at',
      'withdrawn_at',
      'withdrawn_reason',
      sql<number | null>`octet_length(file_data)`.as('file_size'),
    ])
    .where('activity_id', 'in', activityIds)
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * Course evaluations and enrolment counts from the registration module; no participant data. A
 * published evaluation (the leader's checked text) is shown to everyone who reads the videnbase;
 * an unpublished one only inside the course's team scope (registration's scope.ts), so a reader,
 * a program reader or a worker of another team never receives it (decision 0018).
 */
export function listCourseEvaluations(db: Db, actor: SessionActor, activityIds: string[]) {
  return db
    .selectFrom('group_course')
    .select((eb) => [
      'group_course.id',
      'group_course.activity_id',
      'group_course.kind',
      'group_course.title',
      'group_course.starts_on',
      'group_course.ends_on',
      sql<string>`coalesce(group_course.published_evaluation, group_course.evaluation)`.as('text'),
      sql<boolean>`group_course.published_evaluation is not null`.as('published'),
      eb
        .selectFrom('group_enrolment as g')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('g.course_id', '=', 'group_course.id')
        .as('enrolled'),
    ])
    .where('group_course.activity_id', 'in', activityIds)
    .where((eb) =>
      eb.or([
        eb('group_course.published_evaluation', 'is not', null),
        eb.and([eb('group_course.evaluation', 'is not', null), scopeTeamRows(actor, 'group_course')(eb)]),
      ]),
    )
    .orderBy('group_course.starts_on', 'desc')
    .execute();
}

export function findEntryFile(db: Db, entryId: string, planIds: string[]) {
  return db
    .selectFrom('knowledge_entry')
    .select(['file_name', 'file_type', 'file_data'])
    .where('id', '=', entryId)
    .where('plan_id', 'in', planIds)
    .where('file_data', 'is not', null)
    .executeTakeFirst();
}

/** Inserts an entry; undefined when the plan already has an entry with the same client key. */
export function insertEntryIfNew(db: Db, values: Insertable<KnowledgeEntryTable>) {
  return db
    .insertInto('knowledge_entry')
    .values(values)
    .onConflict((oc) => oc.constraint('knowledge_entry_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findEntryIdByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('knowledge_entry')
    .select('id')
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirstOrThrow();
}
