import { da } from '@helhed/core';
import { z } from 'zod';
import { choice } from '../../../platform/contract/fields.ts';
import { FUNDING_SOURCES, LINE_KEY, MAX_KRONER } from './vocabularies.ts';

const e = da.finance.errors;
const Kroner = z.number().int();
const Year = z.coerce
  .number({ error: e.yearInvalid })
  .int({ error: e.yearInvalid })
  .min(2000, { error: e.yearInvalid })
  .max(2100, { error: e.yearInvalid });

export const YearQuery = z.strictObject({ year: Year });
export const YearParams = z.strictObject({ year: Year });

export const LineView = z.object({ key: z.string(), label: z.string() });
export const SourceView = z.object({ key: choice(FUNDING_SOURCES), label: z.string() });

/** The local co-financing share (all but LBF) of the year's budget against the plan's minimum. */
export const Cofinancing = z.object({
  total: Kroner,
  local: Kroner,
  sharePercent: z.number().nullable(),
  minimumPercent: z.number(),
  minimumIsDefault: z.boolean(),
  meetsMinimum: z.boolean().nullable(),
});

export const BudgetView = z.object({
  year: z.number().int(),
  years: z.array(z.number().int()),
  sources: z.array(SourceView),
  lines: z.array(LineView),
  cells: z.array(z.object({ line: z.string(), source: choice(FUNDING_SOURCES), amount: Kroner })),
  cofinancing: Cofinancing,
  changedAt: z.string().nullable(),
});

const Cell = z.strictObject({
  line: z.string().regex(LINE_KEY, { error: e.lineInvalid }),
  source: choice(FUNDING_SOURCES),
  amount: z
    .number({ error: da.finance.ui.cellInvalid })
    .int({ error: da.finance.ui.cellInvalid })
    .min(0, { error: da.finance.ui.cellInvalid })
    .max(MAX_KRONER, { error: da.finance.ui.cellInvalid }),
});
/** The whole year's grid; a cell left out is 0. */
export const BudgetBody = z.strictObject({ cells: z.array(Cell).max(500) });

export const SettingsBody = z.strictObject({
  cofinancingMinimumPercent: z
    .number({ error: da.finance.ui.minimumInvalid })
    .min(0, { error: da.finance.ui.minimumInvalid })
    .max(100, { error: da.finance.ui.minimumInvalid })
    .refine((n) => Math.round(n * 100) === n * 100, { error: da.finance.ui.minimumInvalid }),
});

export const ChangesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const ChangeList = z.object({
  total: z.number().int(),
  changes: z.array(
    z.object({
      id: z.string(),
      occurredAt: z.string(),
      actorEmail: z.string(),
      what: z.string(),
      before: z.number().nullable(),
      after: z.number().nullable(),
    }),
  ),
});

const ComparisonLine = z.object({
  key: z.string(),
  label: z.string(),
  budget: Kroner,
  actual: Kroner,
  deviation: Kroner,
  deviationPercent: z.number().nullable(),
  forecast: Kroner,
  forecastDeviation: Kroner,
});
export const ComparisonView = z.object({
  year: z.number().int(),
  /** The last month with spending (1–12), or null: the forecast's "so far". */
  throughMonth: z.number().int().nullable(),
  lines: z.array(ComparisonLine),
  total: ComparisonLine,
  months: z.array(z.object({ month: z.number().int(), budget: Kroner, actual: Kroner })),
  /** Every stored month and line, for the entry form. */
  spending: z.array(
    z.object({ month: z.number().int(), line: z.string(), amount: Kroner, source: z.string() }),
  ),
});

export const SpendingBody = z.strictObject({
  year: Year,
  month: z
    .number({ error: e.monthInvalid })
    .int({ error: e.monthInvalid })
    .min(1, { error: e.monthInvalid })
    .max(12, { error: e.monthInvalid }),
  line: z.string().regex(LINE_KEY, { error: e.lineInvalid }),
  amount: z
    .number({ error: da.finance.ui.amountInvalid })
    .int({ error: da.finance.ui.amountInvalid })
    .min(-MAX_KRONER, { error: da.finance.ui.amountInvalid })
    .max(MAX_KRONER, { error: da.finance.ui.amountInvalid }),
});
export const Saved = z.object({ ok: z.literal(true) });

export const Mapping = z.object({
  monthColumn: z.string(),
  costLineColumn: z.string(),
  amountColumn: z.string(),
});
export const ImportColumns = z.object({ columns: z.array(z.string()), mapping: Mapping.nullable() });

const ColumnName = z.string().trim().min(1).max(200);
export const ImportQuery = z.strictObject({
  year: Year,
  mode: choice(['dry-run', 'commit'] as const),
  monthColumn: ColumnName,
  costLineColumn: ColumnName,
  amountColumn: ColumnName,
});
export const ImportResult = z.object({
  mode: choice(['dry-run', 'commit'] as const),
  rows: z.number().int(),
  months: z.array(z.number().int()),
  totals: z.array(z.object({ month: z.number().int(), line: z.string(), amount: Kroner })),
});

export const ExportQuery = z.strictObject({ year: Year, format: choice(['xlsx', 'pdf'] as const) });
export const Binary = z.any();
