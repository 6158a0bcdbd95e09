import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { readOdenseSeed } from '../../plan/index.ts';
import { datasetSpan, type SyntheticOptions } from './options.ts';
import { seededRandom } from './prng.ts';
import { AREA_FIRST, AREA_LAST, DEPARTMENT_SUFFIX, MUNICIPALITIES } from './vocabulary.ts';

// The plan side of a synthetic dataset. New synthetic plans get fictitious areas and afdelinger and
// the same four indsatsområder and activities as the Odense plan (names and formats only); demo mode
// uses the Odense plan's own structure. Either way the generator then reads the structure into small
// temporary tables (syn_*) that the set-based inserts join against.

const pad = (n: number) => String(n).padStart(3, '0');
export const AREAS_PER_PLAN = 5;
export const DEPARTMENTS_PER_AREA = 3;

/** Team name of an indsatsområde's team; demo teams are marked so that real teams are never mixed in. */
export function teamName(team: string, mode: SyntheticOptions['mode']): string {
  return mode === 'demo' ? `${team} (syntetisk)` : team;
}

function focusAreaTeams() {
  const { plan, activities } = readOdenseSeed();
  const focusAreas = plan.focusAreas.map((fa, fidx) => ({
    fidx,
    slug: fa.slug,
    name: fa.name,
    team: fa.team,
  }));
  const teams = [...new Set(focusAreas.map((fa) => fa.team ?? 'Team'))];
  return { focusAreas, teams, activities: activities.activities };
}

export function syntheticPlanSlug(options: SyntheticOptions, pidx: number): string {
  return `syntetisk-${options.seed}-${pad(pidx + 1)}`;
}

/** Creates the dataset's new plans with fictitious areas and the Odense activity catalogue. */
export async function insertSyntheticPlans(db: Db, options: SyntheticOptions): Promise<void> {
  const random = seededRandom(options.seed);
  const { start, end } = datasetSpan(options);
  const plans = Array.from({ length: options.plans }, (_, pidx) => ({
    pidx,
    slug: syntheticPlanSlug(options, pidx),
    name: `Syntetisk plan ${pad(pidx + 1)}`,
    municipality: MUNICIPALITIES[Math.floor(random() * MUNICIPALITIES.length)],
  }));
  const areas = plans.flatMap(({ pidx }) => {
    const used = new Set<string>();
    return Array.from({ length: AREAS_PER_PLAN }, (_, aidx) => {
      let name = '';
      do {
        name = `${AREA_FIRST[Math.floor(random() * AREA_FIRST.length)]}${AREA_LAST[Math.floor(random() * AREA_LAST.length)]}`;
      } while (used.has(name));
      used.add(name);
      return { pidx, aidx, name, residents: 600 + Math.floor(random() * 4000) };
    });
  });
  const { focusAreas, teams, activities } = focusAreaTeams();
  const acts = activities.map((a, k) => ({
    k,
    slug: a.slug,
    name: a.name,
    fidx: focusAreas.findIndex((fa) => fa.slug === a.focusAreaSlug),
    format: a.format,
    targetGroup: a.targetGroup,
  }));
  const sessions = activities.flatMap((a, k) =>
    a.sessions.map((s) => ({ k, number: s.number, title: s.title })),
  );
  const suffixes = DEPARTMENT_SUFFIX.slice(0, DEPARTMENTS_PER_AREA);
  const j = (value: unknown) => JSON.stringify(value);
  await sql`
    insert into plan (id, slug, name, municipality, period_start, period_end)
    select pg_temp.syn_uid(1, x.pidx), x.slug, x.name, x.municipality, ${start}::date, ${end}::date
      from jsonb_to_recordset(${j(plans)}::jsonb) as x(pidx int, slug text, name text, municipality text)`.execute(
    db,
  );
  await sql`
    insert into plan_area (id, plan_id, slug, position, name, residents, status, source)
    select pg_temp.syn_uid(2, x.pidx * 100 + x.aidx), pg_temp.syn_uid(1, x.pidx),
           'omraade-' || (x.aidx + 1), x.aidx, x.name, x.residents, 'syntetisk', 'Syntetiske data'
      from jsonb_to_recordset(${j(areas)}::jsonb) as x(pidx int, aidx int, name text, residents int)`.execute(
    db,
  );
  await sql`
    insert into plan_department (id, plan_id, area_id, position, name)
    select pg_temp.syn_uid(3, (x.pidx * 100 + x.aidx) * 10 + d.ord - 1), pg_temp.syn_uid(1, x.pidx),
           pg_temp.syn_uid(2, x.pidx * 100 + x.aidx), (d.ord - 1)::int, x.name || ' ' || d.suffix
      from jsonb_to_recordset(${j(areas)}::jsonb) as x(pidx int, aidx int, name text)
      cross join unnest(${suffixes}::text[]) with ordinality as d(suffix, ord)`.execute(db);
  const planIndexes = sql`generate_series(0, ${options.plans - 1}) as p(pidx)`;
  await sql`
    insert into plan_focus_area (id, plan_id, slug, position, name, team)
    select pg_temp.syn_uid(4, p.pidx * 10 + f.fidx), pg_temp.syn_uid(1, p.pidx), f.slug, f.fidx, f.name, f.team
      from ${planIndexes}
      cross join jsonb_to_recordset(${j(focusAreas)}::jsonb) as f(fidx int, slug text, name text, team text)`.execute(
    db,
  );
  await sql`
    insert into plan_activity (id, plan_id, focus_area_id, slug, position, name, format, target_group, source,
                               created_at, updated_at)
    select pg_temp.syn_uid(5, p.pidx * 100 + a.k), pg_temp.syn_uid(1, p.pidx),
           pg_temp.syn_uid(4, p.pidx * 10 + a.fidx), a.slug, a.k, a.name, a.format, a."targetGroup", 'Syntetiske data',
           ${start}::date + time '08:00', ${start}::date + time '08:00'
      from ${planIndexes}
      cross join jsonb_to_recordset(${j(acts)}::jsonb)
        as a(k int, slug text, name text, fidx int, format text, "targetGroup" text)`.execute(db);
  await sql`
    insert into plan_activity_session (id, plan_id, activity_id, number, title)
    select pg_temp.syn_uid(6, (p.pidx * 100 + s.k) * 100 + s.number), pg_temp.syn_uid(1, p.pidx),
           pg_temp.syn_uid(5, p.pidx * 100 + s.k), s.number, s.title
      from ${planIndexes}
      cross join jsonb_to_recordset(${j(sessions)}::jsonb) as s(k int, number int, title text)`.execute(db);
  await sql`
    insert into team (id, plan_id, name, created_at)
    select pg_temp.syn_uid(7, p.pidx * 10 + (t.ord - 1)::int), pg_temp.syn_uid(1, p.pidx), t.name,
           ${start}::date + time '08:00'
      from ${planIndexes} cross join unnest(${teams}::text[]) with ordinality as t(name, ord)`.execute(db);
}

/** Demo mode: the synthetic teams inside an existing plan (its areas and activities are used as they are). */
export async function insertDemoTeams(db: Db, options: SyntheticOptions, planId: string): Promise<void> {
  const { start } = datasetSpan(options);
  const { teams } = focusAreaTeams();
  const names = teams.map((t) => teamName(t, 'demo'));
  await sql`
    insert into team (id, plan_id, name, created_at)
    select pg_temp.syn_uid(7, (t.ord - 1)::int), ${planId}::uuid, t.name, ${start}::date + time '08:00'
      from unnest(${names}::text[]) with ordinality as t(name, ord)
    on conflict on constraint team_name_key do nothing`.execute(db);
}

/** Reads the dataset's plans into temporary tables; plan index = position in planIds. */
export async function buildStructureTables(db: Db, options: SyntheticOptions, planIds: string[]) {
  const { teams } = focusAreaTeams();
  const names = teams.map((t) => teamName(t, options.mode));
  const [r, p] = [options.residents, options.plans];
  await sql`
    create temp table syn_plan on commit drop as
    select (x.ord - 1)::int as pidx, x.id as plan_id,
           ceil((x.ord - 1) * ${r}::numeric / ${p})::bigint as first_p,
           (ceil(x.ord * ${r}::numeric / ${p}) - ceil((x.ord - 1) * ${r}::numeric / ${p}))::bigint as n_p
      from unnest(${planIds}::uuid[]) with ordinality as x(id, ord)`.execute(db);
  await sql`
    create temp table syn_area on commit drop as
    select p.pidx, (row_number() over (partition by a.plan_id order by a.position, a.id) - 1)::int as aidx,
           a.id as area_id,
           coalesce((select array_agg(d.id order by d.position, d.id) from plan_department d
                      where d.area_id = a.id), '{}') as depts
      from plan_area a join syn_plan p on p.plan_id = a.plan_id`.execute(db);
  await sql`
    create temp table syn_team on commit drop as
    select p.pidx, (n.ord - 1)::int as tidx, n.name, t.id as team_id
      from syn_plan p cross join unnest(${names}::text[]) with ordinality as n(name, ord)
      join team t on t.plan_id = p.plan_id and t.name = n.name`.execute(db);
  const suffix = options.mode === 'demo' ? ' (syntetisk)' : '';
  // Forløb go to the individual and mixed activities, owned by their indsatsområde's team.
  await sql`
    create temp table syn_activity on commit drop as
    select p.pidx, a.id as activity_id, a.slug, a.format, t.team_id,
           (row_number() over (partition by p.pidx order by a.position, a.id) - 1)::int as k
      from plan_activity a join syn_plan p on p.plan_id = a.plan_id
      join plan_focus_area f on f.plan_id = a.plan_id and f.id = a.focus_area_id
      join syn_team t on t.pidx = p.pidx and t.name = f.team || ${suffix}
     where a.format in ('individual', 'mixed')`.execute(db);
  await sql`
    alter table syn_plan add column n_a integer, add column n_t integer, add column n_ca integer`.execute(db);
  await sql`
    update syn_plan p set
      n_a = (select count(*) from syn_area a where a.pidx = p.pidx),
      n_t = (select count(*) from syn_team t where t.pidx = p.pidx),
      n_ca = (select count(*) from syn_activity a where a.pidx = p.pidx)`.execute(db);
  await sql`
    create temp table syn_group_activity on commit drop as
    select p.pidx, g.slot, a.id as activity_id, t.team_id, g.kind, g.sessions, a.name
      from syn_plan p
      cross join (values (0, 'bydelsloeftere-for-kvinder', 'course', 7), (1, 'bydelsloeftere-for-maend', 'course', 6),
                         (2, 'faelles-om-social-baeredygtighed', 'group', 8),
                         (3, 'faelles-om-social-baeredygtighed', 'event', 1)) as g(slot, slug, kind, sessions)
      join plan_activity a on a.plan_id = p.plan_id and a.slug = g.slug
      join plan_focus_area f on f.plan_id = a.plan_id and f.id = a.focus_area_id
      join syn_team t on t.pidx = p.pidx and t.name = f.team || ${suffix}`.execute(db);
  await sql`
    create temp table syn_misc on commit drop as
    select p.pidx,
           (select a.id from plan_activity a where a.plan_id = p.plan_id
             and a.slug = 'medborgerskab-og-frivillighed') as volunteer_activity_id,
           (select t.team_id from syn_team t join plan_focus_area f on f.plan_id = p.plan_id
             and f.slug = 'kriminalitetsforebyggelse' and t.name = f.team || ${suffix}
             where t.pidx = p.pidx) as safety_team_id
      from syn_plan p`.execute(db);
}
