import { determinedHiddenCell, type SafeCount, type SumRule } from '@helhed/core';
import type { QuarterMetrics, QuarterSection } from '../contract.ts';

/**
 * Re-derives, from a published quarter section alone, every sum a reader can form: each column of
 * the activity rows and of the area rows adds up to the total row; each row's outcomes add up to
 * its ended forløb; each activity's referrals by source add up to its referrals; attendance and
 * CKS attendees add up to their totals. Returns the hidden cells ("<5" or "x") whose value those
 * sums would give away: the answer must always be empty.
 */
export function recoverableHiddenCells(section: QuarterSection): string[] {
  const values: SafeCount[] = [];
  const names: string[] = [];
  const rules: SumRule[] = [];
  const cell = (name: string, value: SafeCount) => {
    values.push(value);
    names.push(name);
    return values.length - 1;
  };
  type CaseCells = { started: number; active: number; ended: number; outcomes: number[] };
  const caseCells = (
    name: string,
    row: Pick<QuarterMetrics, 'casesStarted' | 'casesActive' | 'casesEnded' | 'outcomes'>,
  ): CaseCells => ({
    started: cell(`${name}.casesStarted`, row.casesStarted),
    active: cell(`${name}.casesActive`, row.casesActive),
    ended: cell(`${name}.casesEnded`, row.casesEnded),
    outcomes: Object.entries(row.outcomes).map(([key, value]) => cell(`${name}.${key}`, value)),
  });
  const total = caseCells('total', section.totals);
  const byActivity = section.activities.map((row) => caseCells(row.activityName, row));
  const byArea = section.areas.map((row) => caseCells(row.areaName, row));
  for (const group of [byActivity, byArea]) {
    for (const key of ['started', 'active', 'ended'] as const) {
      rules.push({ total: total[key], parts: group.map((row) => row[key]) });
    }
    total.outcomes.forEach((handle, index) => {
      rules.push({ total: handle, parts: group.map((row) => row.outcomes[index] as number) });
    });
  }
  for (const row of [total, ...byActivity, ...byArea]) rules.push({ total: row.ended, parts: row.outcomes });

  const referralCells = (name: string, metrics: QuarterMetrics) => ({
    total: cell(`${name}.referrals`, metrics.referralsReceived.total),
    sources: Object.entries(metrics.referralsReceived.bySource).map(([key, value]) =>
      cell(`${name}.${key}`, value),
    ),
  });
  const referralTotal = referralCells('total', section.totals);
  const referralRows = section.activities.map((row) => referralCells(row.activityName, row));
  for (const row of [referralTotal, ...referralRows]) rules.push({ total: row.total, parts: row.sources });
  rules.push({ total: referralTotal.total, parts: referralRows.map((row) => row.total) });
  referralTotal.sources.forEach((handle, index) => {
    rules.push({ total: handle, parts: referralRows.map((row) => row.sources[index] as number) });
  });
  rules.push({
    total: cell('total.attendance', section.totals.attendance),
    parts: section.activities.map((row) => cell(`${row.activityName}.attendance`, row.attendance)),
  });
  rules.push({
    total: cell('total.cksAttendees', section.totals.cksAttendees),
    parts: section.areas.map((row) => cell(`${row.areaName}.cksAttendees`, row.cksAttendees)),
  });

  // Shown cells are known numbers; only the hidden ones are unknowns of the linear system.
  const hidden = values.map((value) => typeof value === 'string');
  const exposed = determinedHiddenCell(values.length, rules, hidden);
  return exposed === undefined ? [] : [names[exposed] as string];
}
