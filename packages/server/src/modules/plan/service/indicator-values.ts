import { da, fill } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { type Acting, whoActs, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, type FieldError } from '../../../platform/http/errors.ts';
import type { IndicatorDetail, PutIndicatorValuesInput } from '../contract/indicators.ts';
import {
  findIndicatorByKey,
  type IndicatorValueWrite,
  listIndicatorKeys,
  upsertIndicatorValues,
} from '../queries/indicators.ts';
import { type AreaRow, listAreas } from '../queries/overview.ts';
import { indicatorDetail } from './indicator-views.ts';
import { ImportFileInvalid, type ImportRowProblem, parseCsv, parseXlsx } from './parse-import-file.ts';

// Entering and importing indicator values. Both are all-or-nothing: every value is checked
// first, and only a fully valid set is written, in one transaction naming the actor.

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** The Danish reason a value cannot be stored for an indicator of this unit, or null. */
export function valueProblem(unit: string, value: number): string | null {
  const shown = String(value).replace('.', ',');
  if (unit === 'pct' && (value < 0 || value > 100))
    return fill(da.planApi.importPercentOutOfRange, { value: shown });
  if (unit === 'grade' && (value < -3 || value > 12))
    return fill(da.planApi.importGradeOutOfRange, { value: shown });
  if (unit === 'count' && value < 0) return fill(da.planApi.importCountNegative, { value: shown });
  return null;
}

/** An area by slug, name or one of the spellings the documents use; case does not matter. */
export function areaResolver(areas: AreaRow[]): (text: string) => AreaRow | undefined {
  const byName = new Map<string, AreaRow>();
  const key = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  for (const area of areas) {
    byName.set(key(area.slug), area);
    byName.set(key(area.name), area);
    const spellings = Array.isArray(area.spellings) ? area.spellings : [];
    for (const spelling of spellings) if (typeof spelling === 'string') byName.set(key(spelling), area);
  }
  return (text) => byName.get(key(text));
}

/** Danish (59,9 / 1.234,5) or point (59.9) decimals; a trailing % sign is allowed. */
export function parseDanishNumber(text: string): number | null {
  const cleaned = text.replace(/\s/g, '').replace(/%$/, '');
  if (!/^-?[\d.,]+$/.test(cleaned)) return null;
  const normalised = cleaned.includes(',') ? cleaned.replaceAll('.', '').replace(',', '.') : cleaned;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** The values typed for one indicator (its key); answers with the indicator as it now is. */
export async function putIndicatorValues(
  db: Db,
  ctx: RequestContext,
  key: string,
  input: PutIndicatorValuesInput,
): Promise<z.infer<typeof IndicatorDetail>> {
  const planId = ctx.actor.plan.id;
  const indicator = await findIndicatorByKey(db, planId, key);
  if (!indicator) throw new AppError('NOT_FOUND');
  const findArea = areaResolver(await listAreas(db, planId));
  const details: FieldError[] = [];
  const seen = new Map<string, number>();
  const writes: IndicatorValueWrite[] = [];
  input.values.forEach((entry, index) => {
    const area = findArea(entry.areaSlug);
    if (!area) details.push({ field: `values.${index}.areaSlug`, message: da.planApi.unknownArea });
    const problem = entry.value === null ? null : valueProblem(indicator.unit, entry.value);
    if (problem) details.push({ field: `values.${index}.value`, message: problem });
    if (!area) return;
    const key = `${area.id}:${entry.year}`;
    if (seen.has(key)) details.push({ field: `values.${index}`, message: da.planApi.valuesDuplicate });
    seen.set(key, index);
    writes.push({
      indicatorId: indicator.id,
      areaId: area.id,
      year: entry.year,
      value: entry.value,
      source: entry.source ?? null,
    });
  });
  if (details.length > 0) throw new AppError('VALIDATION', details);
  await withTransaction(db, ctx, (trx) => upsertIndicatorValues(trx, planId, ctx.who.actorLabel, writes));
  return indicatorDetail(db, planId, indicator.key);
}

export type ImportFileKind = 'csv' | 'xlsx';

export class ImportInvalidError extends Error {
  constructor(readonly rows: ImportRowProblem[]) {
    super(da.planApi.importInvalid);
  }
}

export interface ImportSummary {
  imported: number;
  indicators: number;
  years: number[];
}

/**
 * Reads and checks a whole file; writes nothing unless every row is valid. The upload and the CLI
 * (`helhed import indicators`, as a system actor) both import through here.
 * Throws ImportInvalidError listing every bad row with a Danish reason.
 */
export async function importIndicatorFile(
  db: Db,
  acting: Acting,
  planId: string,
  file: { kind: ImportFileKind; content: Buffer },
): Promise<ImportSummary> {
  let rows: Awaited<ReturnType<typeof parseXlsx>>;
  try {
    rows = file.kind === 'csv' ? parseCsv(file.content) : await parseXlsx(file.content);
  } catch (error) {
    if (error instanceof ImportFileInvalid) throw new ImportInvalidError(error.rows);
    throw error;
  }
  const [indicators, areas] = await Promise.all([listIndicatorKeys(db, planId), listAreas(db, planId)]);
  const indicatorByKey = new Map(indicators.map((i) => [i.key, i]));
  const findArea = areaResolver(areas);
  const problems: ImportRowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  const writes: IndicatorValueWrite[] = [];
  for (const { row, cells } of rows) {
    const indicator = indicatorByKey.get(cells.indikator.trim().toLowerCase());
    if (!indicator) {
      problems.push({
        row,
        field: 'indikator',
        message: fill(da.planApi.importUnknownIndicator, { value: cells.indikator }),
      });
    }
    const area = findArea(cells.område);
    if (!area) {
      problems.push({
        row,
        field: 'område',
        message: fill(da.planApi.importUnknownArea, { value: cells.område }),
      });
    }
    const year = /^\d{4}$/.test(cells.år) ? Number(cells.år) : Number.NaN;
    if (!(year >= YEAR_MIN && year <= YEAR_MAX)) {
      problems.push({ row, field: 'år', message: fill(da.planApi.importYearInvalid, { value: cells.år }) });
    }
    let value: number | null = null;
    if (cells.værdi !== '') {
      // "1.234" is 1234 in Danish; only a count can be read that way without doubt.
      const thousands = indicator?.unit === 'count' && /^\d{1,3}(\.\d{3})+$/.test(cells.værdi);
      value = thousands ? Number(cells.værdi.replaceAll('.', '')) : parseDanishNumber(cells.værdi);
      if (value === null) {
        problems.push({
          row,
          field: 'værdi',
          message: fill(da.planApi.importValueInvalid, { value: cells.værdi }),
        });
      } else if (indicator) {
        const problem = valueProblem(indicator.unit, value);
        if (problem) problems.push({ row, field: 'værdi', message: problem });
      }
    }
    if (!indicator || !area || Number.isNaN(year)) continue;
    const key = `${indicator.id}:${area.id}:${year}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      problems.push({ row, message: fill(da.planApi.importDuplicate, { other: earlier }) });
      continue;
    }
    firstRowOf.set(key, row);
    writes.push({
      indicatorId: indicator.id,
      areaId: area.id,
      year,
      value,
      source: cells.kilde || da.planApi.importDefaultSource,
    });
  }
  if (problems.length > 0) throw new ImportInvalidError(problems);
  const actorLabel = whoActs(acting).actorLabel;
  await withTransaction(db, acting, (trx) => upsertIndicatorValues(trx, planId, actorLabel, writes));
  return {
    imported: writes.length,
    indicators: new Set(writes.map((w) => w.indicatorId)).size,
    years: [...new Set(writes.map((w) => w.year))].sort((a, b) => a - b),
  };
}
