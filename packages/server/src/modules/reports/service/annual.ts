import { da, type SafeCount, safeCount as safeCountCore } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { type BookOptions, discretionOptions } from '../../../platform/discretion.ts';
import type { AnnualReport, Figure, IndicatorAreaRow, IndicatorReport } from '../contract/annual.ts';
import {
  type BaselineLine,
  countLocalRule,
  type IndicatorLine,
  type LocalCountLine,
  listBaselineLines,
  listIndicatorLines,
  listValueLines,
  type ValueLine,
} from '../queries/annual.ts';
import { type AreaLine, listAreas } from '../queries/quarterly.ts';
import { findSyntheticMark } from '../queries/synthetic-mark.ts';
import { CountBook, toCount } from './count-book.ts';
import { LOCAL_RULES } from './local-indicators.ts';
import { parseReportYear } from './quarter.ts';
import { resolveScope } from './scope.ts';

/**
 * The annual follow-up of one plan: every indicator for the chosen year per boligområde, against
 * its baseline and the kommune, with the direction of change and whether the goal is met (the
 * rule is da.reports.goalRule). Locally registered indicators are counted from the registrations
 * (LOCAL_RULES) and LP-audited per year (area cells add up to the plan); entered counts of persons
 * are hidden when small.
 */
export async function buildAnnualReport(
  db: Db,
  scope: { planId: string },
  yearInput: string | number,
  /** Only the fixed indicators (those of the strategic agreement's overall goals): the comparison's. */
  options: { fixedOnly?: boolean } = {},
): Promise<AnnualReport> {
  const year = parseReportYear(yearInput);
  const { plan } = await resolveScope(db, scope);
  const planId = scope.planId;
  const [allIndicators, baselines, values, areas, synthetic] = await Promise.all([
    listIndicatorLines(db, planId),
    listBaselineLines(db, planId),
    listValueLines(db, planId, [year, year - 1]),
    listAreas(db, [planId]),
    findSyntheticMark(db, [planId]),
  ]);
  const indicators = options.fixedOnly
    ? allIndicators.filter((line) => line.goal_level === 'overordnet')
    : allIndicators;
  const localKeys = [...new Set(indicators.filter(isLocal).map((line) => line.key))];
  const localCounts = new Map<string, LocalCountLine[]>();
  await Promise.all(
    localKeys.map(async (key) => {
      const rule = LOCAL_RULES[key];
      if (rule) localCounts.set(key, await countLocalRule(db, planId, rule, [year, year - 1]));
    }),
  );

  const discretion = await discretionOptions();
  const reports = await Promise.all(
    indicators.map((line) =>
      indicatorReport(line, year, areas, baselines, values, localCounts.get(line.key), discretion),
    ),
  );
  const groups = new Map<string | null, AnnualReport['focusAreas'][number]>();
  indicators.forEach((line, index) => {
    const group = groups.get(line.focus_area_id) ?? {
      focusAreaId: line.focus_area_id,
      focusAreaName: line.focus_area_name ?? da.reports.overallGoals,
      indicators: [],
    };
    group.indicators.push(reports[index] as IndicatorReport);
    groups.set(line.focus_area_id, group);
  });
  return {
    kind: 'annual',
    plan,
    year,
    discretionThreshold: discretion.threshold,
    focusAreas: [...groups.values()],
    synthetic,
  };
}

function isLocal(line: IndicatorLine): boolean {
  return line.measurement === 'local-registration';
}

async function indicatorReport(
  line: IndicatorLine,
  year: number,
  areas: AreaLine[],
  baselines: BaselineLine[],
  values: ValueLine[],
  local: LocalCountLine[] | undefined,
  discretion: BookOptions,
): Promise<IndicatorReport> {
  const own = baselines.filter((baseline) => baseline.indicator_id === line.id);
  const municipalityLine = own.find(
    (baseline) => baseline.scope === 'other' && /kommune/i.test(baseline.label) && baseline.value !== null,
  );
  const municipality = municipalityLine
    ? { label: municipalityLine.label, value: Number(municipalityLine.value) }
    : null;
  const baselineOf = (areaId: string | null) => {
    const found = own.find((baseline) =>
      areaId === null ? baseline.scope === 'plan' : baseline.scope === 'area' && baseline.area_id === areaId,
    );
    return found?.value === null || found?.value === undefined ? null : Number(found.value);
  };
  const rule = LOCAL_RULES[line.key];
  const locallyRegistered = isLocal(line) && rule !== undefined;
  const isCount = line.unit === 'count';

  let figures: Map<string | null, { value: Figure; previousValue: Figure }>;
  if (locallyRegistered) {
    figures = await localFigures(local ?? [], year, areas, discretion);
  } else {
    figures = new Map();
    const entered = (areaId: string, y: number): Figure => {
      const found = values.find((v) => v.indicator_id === line.id && v.area_id === areaId && v.year === y);
      if (found?.value === null || found?.value === undefined) return null;
      return isCount
        ? safeCountCore(Math.round(Number(found.value)), discretion.threshold)
        : Number(found.value);
    };
    for (const area of areas) {
      figures.set(area.id, { value: entered(area.id, year), previousValue: entered(area.id, year - 1) });
    }
  }

  const rows: IndicatorAreaRow[] = [];
  const planRow = { id: null, name: da.reports.wholePlan };
  const unknown = figures.has('unknown') ? [{ id: 'unknown', name: da.reports.unknownArea }] : [];
  for (const area of [planRow, ...areas, ...unknown]) {
    const baseline = area.id === 'unknown' ? null : baselineOf(area.id);
    const figure = figures.get(area.id) ?? { value: null, previousValue: null };
    const relevant = locallyRegistered || baseline !== null || figure.value !== null || area.id === null;
    if (!relevant) continue;
    rows.push({
      areaId: area.id === 'unknown' ? null : area.id,
      areaName: area.name,
      baseline,
      value: figure.value,
      previousValue: figure.previousValue,
      valueSource: locallyRegistered ? 'registrations' : figure.value === null ? 'missing' : 'entered',
      change: changeOf(figure.value, baseline ?? figure.previousValue),
      goal: goalOf(figure.value, baseline, municipality?.value ?? null),
    });
  }
  return {
    indicatorId: line.id,
    key: line.key,
    name: line.name,
    unit: line.unit,
    measurement: line.measurement,
    baselineYear: line.baseline_year,
    dataSource: line.data_source,
    goalText: line.goal_text,
    locallyRegistered,
    municipality,
    rows,
  };
}

/** Local counts per area and for the whole plan (key null), each year suppressed on its own. */
async function localFigures(
  lines: LocalCountLine[],
  year: number,
  areas: AreaLine[],
  discretion: BookOptions,
) {
  const result = new Map<string | null, { value: Figure; previousValue: Figure }>();
  const known = new Set(areas.map((area) => area.id));
  const perYear = async (y: number) => {
    const book = new CountBook(discretion);
    const ofYear = lines.filter((line) => line.year === y);
    const total = book.cell(ofYear.find((line) => line.is_total)?.persons);
    const keys: (string | null)[] = areas.map((area) => area.id);
    const unknownCount = ofYear
      .filter((line) => !line.is_total && (line.area_id === null || !known.has(line.area_id)))
      .reduce((sum, line) => sum + toCount(line.persons), 0);
    const cells = areas.map((area) =>
      book.cell(ofYear.find((line) => !line.is_total && line.area_id === area.id)?.persons),
    );
    if (unknownCount > 0) {
      keys.push('unknown');
      cells.push(book.cell(unknownCount));
    }
    book.sum(total, cells);
    await book.settle();
    const out = new Map<string | null, SafeCount>([[null, book.get(total)]]);
    keys.forEach((key, index) => {
      out.set(key, book.get(cells[index] as number));
    });
    return out;
  };
  const [current, previous] = await Promise.all([perYear(year), perYear(year - 1)]);
  for (const key of new Set([...current.keys(), ...previous.keys()])) {
    result.set(key, { value: current.get(key) ?? 0, previousValue: previous.get(key) ?? 0 });
  }
  return result;
}

function changeOf(value: Figure, reference: Figure): IndicatorAreaRow['change'] {
  if (typeof value !== 'number' || typeof reference !== 'number') return 'unknown';
  if (value > reference) return 'up';
  if (value < reference) return 'down';
  return 'same';
}

function goalOf(
  value: Figure,
  baseline: number | null,
  municipality: number | null,
): IndicatorAreaRow['goal'] {
  if (typeof value !== 'number' || baseline === null || municipality === null) return 'unknown';
  return Math.abs(value - municipality) < Math.abs(baseline - municipality) ? 'met' : 'missed';
}
