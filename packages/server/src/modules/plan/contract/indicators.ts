// Part of the plan contract (see overview.ts): goals, indicators, baselines, values and the import.
import { da } from '@helhed/core';
import { z } from 'zod';
import { optionalText, timestamp } from './shared.ts';

// ---- goals and indicators ------------------------------------------------------------------

export const BASELINE_STATUSES = ['given', 'ikke oplyst', 'blank', 'dash', 'not measured'] as const;
export const INDICATOR_UNITS = ['pct', 'grade', 'count'] as const;

export const BaselineView = z.object({
  scope: z.enum(['area', 'plan', 'other']),
  areaSlug: z.string().nullable(),
  /** Area name for scope 'area'; e.g. 'Odense Kommune', '198 udsatte boligområder' for 'other'. */
  label: z.string(),
  /** Never 0 for a missing figure: null together with a status other than 'given'. */
  value: z.number().nullable(),
  status: z.enum(BASELINE_STATUSES),
  /** E.g. 'KV 21' / 'FV 22' when one indicator has two baselines per area. */
  qualifier: z.string().nullable(),
  asWritten: z.string().nullable(),
  note: z.string().nullable(),
});

export const Inconsistency = z.object({
  key: z.string(),
  what: z.string(),
  quotes: z.array(z.object({ where: z.string(), text: z.string() })),
});

export const IndicatorSummary = z.object({
  /** The indicator's stable id within the plan (e.g. 'udd-18-29-uddannelse-udover-grundskolen'). */
  id: z.string(),
  name: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  /** As written: '2022', '2021 og 2022', 'September 2023'; null when the document leaves it empty. */
  baselineYear: z.string().nullable(),
  /** The first four-digit year in baselineYear (2022 for 'September 2022'), for placing it on a chart. */
  baselineYearValue: z.number().int().nullable(),
  baselineYearNote: z.string().nullable(),
  dataSource: z.string().nullable(),
  measurement: z.string().nullable(),
  note: z.string().nullable(),
  footnotes: z.array(z.string()),
  /** Area slugs the baseline cell does not mention at all. */
  areasNotListed: z.array(z.string()),
  baselines: z.array(BaselineView),
  /** Places where the source documents contradict themselves about this indicator. */
  inconsistencies: z.array(Inconsistency),
});

export const GoalView = z.object({
  id: z.uuid(),
  level: z.enum(['overordnet', 'delmaal']),
  focusAreaSlug: z.string().nullable(),
  text: z.string(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  indicators: z.array(IndicatorSummary),
});

export const GoalList = z.object({ goals: z.array(GoalView) });

export const IndicatorValueView = z.object({
  areaSlug: z.string(),
  year: z.number().int(),
  value: z.number().nullable(),
  source: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: timestamp,
});

export const IndicatorDetail = IndicatorSummary.extend({
  goal: z.object({ id: z.uuid(), level: z.enum(['overordnet', 'delmaal']), text: z.string() }),
  focusAreaSlug: z.string().nullable(),
  values: z.array(IndicatorValueView),
});

export const IndicatorParams = z.object({ indicatorId: z.string().min(1).max(200) });

export const PutIndicatorValuesBody = z.strictObject({
  values: z
    .array(
      z.strictObject({
        areaSlug: z.string().trim().min(1, { error: da.planApi.unknownArea }).max(200),
        year: z
          .number({ error: da.planApi.yearInvalid })
          .int({ error: da.planApi.yearInvalid })
          .min(2000, { error: da.planApi.yearInvalid })
          .max(2100, { error: da.planApi.yearInvalid }),
        /** null = no value for that area and year (the cell is cleared). */
        value: z.number({ error: da.planApi.valueInvalid }).nullable(),
        source: optionalText(500).optional(),
      }),
    )
    .min(1, { error: da.validation.required })
    .max(1000, { error: da.planApi.tooMany }),
});
export type PutIndicatorValuesInput = z.infer<typeof PutIndicatorValuesBody>;
// ---- import -----------------------------------------------------------------------------------

/** Accepted Content-Types for POST /plan/indicator-imports (raw file body, max 10 MB). */
export const IMPORT_CONTENT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Header row (row 1) of an import file; `kilde` is optional. */
export const IMPORT_COLUMNS = ['indikator', 'område', 'år', 'værdi', 'kilde'] as const;

export const ImportResult = z.object({
  imported: z.number().int(),
  indicators: z.number().int(),
  years: z.array(z.number().int()),
});

export const ImportRowError = z.object({
  /** Row number as in the file, header = row 1 (0 for an error about the whole file). */
  row: z.number().int(),
  field: z.string().optional(),
  message: z.string(),
});

export const ImportErrorResponse = z.object({
  error: z.object({
    code: z.literal('IMPORT_INVALID'),
    message: z.string(),
    rows: z.array(ImportRowError),
    /** The same problems as `rows`, in the generic {field, message} shape of other errors. */
    details: z.array(z.object({ field: z.string(), message: z.string() })),
  }),
});
