import { auditSuppression, HIDDEN_LABEL, type RangeSolver, type SafeCount, type SumRule } from '@helhed/core';
import type { QuarterMetrics, QuarterSection } from '../contract/quarterly.ts';

/** What a reader holds: every published cell (value or "x"), the true counts behind them, the sums. */
export class ReaderModel {
  readonly shown: SafeCount[] = [];
  readonly values: number[] = [];
  readonly names: string[] = [];
  readonly kinds: ('published' | 'latent')[] = [];
  readonly rules: SumRule[] = [];

  cell(name: string, value: SafeCount, truth: SafeCount): number {
    return this.add(name, value, Number(truth), 'published');
  }

  /** A count nobody publishes but every reader can reason about (a slack, a carried-over count). */
  latent(name: string, truth: number): number {
    return this.add(name, HIDDEN_LABEL, truth, 'latent');
  }

  /** small ≤ big, through a latent slack (declared only when it holds in the true counts). */
  atMost(small: number, big: number): void {
    const slack = (this.values[big] as number) - (this.values[small] as number);
    if (slack < 0) return;
    this.rules.push({ total: big, parts: [small, this.latent('slack', slack)] });
  }

  /** Every cell that breaks the rule, by name: the answer must always be empty. */
  audit(solver: RangeSolver, threshold: number): string[] {
    const hidden = this.shown.map((value) => value === HIDDEN_LABEL);
    const problem = { values: this.values, rules: this.rules, kinds: this.kinds, threshold };
    return auditSuppression(problem, hidden, solver).map(
      (v) => `${this.names[v.cell]}: ${v.reason} ${v.min}..${v.max}`,
    );
  }

  private add(name: string, value: SafeCount, truth: number, kind: 'published' | 'latent'): number {
    this.shown.push(value);
    this.values.push(truth);
    this.names.push(name);
    this.kinds.push(kind);
    return this.values.length - 1;
  }
}

/** The forløb cells of one row of a section, as handles in a ReaderModel. */
export interface CaseCells {
  started: number;
  active: number;
  ended: number;
  outcomes: number[];
}

/**
 * The LP attacker on a published quarter section. Re-derives, from the published section alone,
 * every sum and bound a reader can form — each column of the activity rows and of the area rows
 * adds up to the total row; each row's outcomes add up to its ended forløb; each activity's
 * referrals by source add up to its referrals; attendance and CKS attendees add up to their totals;
 * an activity's distinct persons are at most the total's, group participants at most attendance —
 * and asks, with the true counts (`exact`, the same section built without suppression) only to know
 * which cells are small, whether any hidden cell is pinned or provably below the threshold.
 * Returns the names of the cells that break the rule: the answer must always be empty.
 */
export function attackSection(
  published: QuarterSection,
  exact: QuarterSection,
  solver: RangeSolver,
): string[] {
  const model = new ReaderModel();
  addSection(model, published, exact, '');
  return model.audit(solver, published.discretionThreshold);
}

/**
 * Puts one published section into the model with its sums; returns the forløb cells of the total
 * row and of each activity and area row, keyed "total", "activity:<id>", "area:<id>".
 */
export function addSection(
  model: ReaderModel,
  published: QuarterSection,
  exact: QuarterSection,
  prefix: string,
): Map<string, CaseCells> {
  const cell = (name: string, value: SafeCount, truth: SafeCount) =>
    model.cell(`${prefix}${name}`, value, truth);
  const rules = model.rules;
  const atMost = (small: number, big: number) => model.atMost(small, big);
  type Row = Pick<QuarterMetrics, 'casesStarted' | 'casesActive' | 'casesEnded' | 'outcomes'>;
  const caseCells = (name: string, row: Row, truth: Row) => ({
    started: cell(`${name}.casesStarted`, row.casesStarted, truth.casesStarted),
    active: cell(`${name}.casesActive`, row.casesActive, truth.casesActive),
    ended: cell(`${name}.casesEnded`, row.casesEnded, truth.casesEnded),
    outcomes: Object.entries(row.outcomes).map(([key, value]) =>
      cell(`${name}.${key}`, value, truth.outcomes[key as keyof Row['outcomes']]),
    ),
  });
  const total = caseCells('total', published.totals, exact.totals);
  const byActivity = published.activities.map((row, i) =>
    caseCells(row.activityName, row, exact.activities[i] as Row),
  );
  const byArea = published.areas.map((row, i) => caseCells(row.areaName, row, exact.areas[i] as Row));
  for (const group of [byActivity, byArea]) {
    for (const key of ['started', 'active', 'ended'] as const) {
      rules.push({ total: total[key], parts: group.map((row) => row[key]) });
    }
    total.outcomes.forEach((handle, index) => {
      rules.push({ total: handle, parts: group.map((row) => row.outcomes[index] as number) });
    });
  }
  for (const row of [total, ...byActivity, ...byArea]) rules.push({ total: row.ended, parts: row.outcomes });

  const referralCells = (name: string, metrics: QuarterMetrics, truth: QuarterMetrics) => ({
    total: cell(`${name}.referrals`, metrics.referralsReceived.total, truth.referralsReceived.total),
    sources: Object.entries(metrics.referralsReceived.bySource).map(([key, value]) =>
      cell(`${name}.${key}`, value, truth.referralsReceived.bySource[key as 'jobcenter']),
    ),
  });
  const referralTotal = referralCells('total', published.totals, exact.totals);
  const referralRows = published.activities.map((row, i) =>
    referralCells(row.activityName, row, exact.activities[i] as QuarterMetrics),
  );
  for (const row of [referralTotal, ...referralRows]) rules.push({ total: row.total, parts: row.sources });
  rules.push({ total: referralTotal.total, parts: referralRows.map((row) => row.total) });
  referralTotal.sources.forEach((handle, index) => {
    rules.push({ total: handle, parts: referralRows.map((row) => row.sources[index] as number) });
  });
  const attendanceTotal = cell('total.attendance', published.totals.attendance, exact.totals.attendance);
  const attendance = published.activities.map((row, i) =>
    cell(`${row.activityName}.attendance`, row.attendance, exact.activities[i]?.attendance ?? 0),
  );
  rules.push({ total: attendanceTotal, parts: attendance });
  rules.push({
    total: cell('total.cksAttendees', published.totals.cksAttendees, exact.totals.cksAttendees),
    parts: published.areas.map((row, i) =>
      cell(`${row.areaName}.cksAttendees`, row.cksAttendees, exact.areas[i]?.cksAttendees ?? 0),
    ),
  });
  const persons = (name: string, row: QuarterMetrics, truth: QuarterMetrics) => ({
    unique: cell(`${name}.unique`, row.uniqueParticipants, truth.uniqueParticipants),
    group: cell(`${name}.group`, row.groupParticipants, truth.groupParticipants),
    volunteers: cell(`${name}.volunteers`, row.volunteers, truth.volunteers),
  });
  const personTotal = persons('total', published.totals, exact.totals);
  atMost(personTotal.group, attendanceTotal);
  published.activities.forEach((row, i) => {
    const own = persons(row.activityName, row, exact.activities[i] as QuarterMetrics);
    atMost(own.unique, personTotal.unique);
    atMost(own.group, personTotal.group);
    atMost(own.volunteers, personTotal.volunteers);
    atMost(own.group, attendance[i] as number);
  });

  const rows = new Map<string, CaseCells>([['total', total]]);
  published.activities.forEach((row, i) => {
    rows.set(`activity:${row.activityId}`, byActivity[i] as CaseCells);
  });
  published.areas.forEach((row, i) => {
    rows.set(`area:${row.areaId ?? ''}`, byArea[i] as CaseCells);
  });
  return rows;
}
