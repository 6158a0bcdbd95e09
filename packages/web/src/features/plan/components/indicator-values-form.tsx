import { da, fill } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { usePutIndicatorValues } from '../api/put-indicator-values.ts';
import { baselineYearNumber, formatIndicatorValue, parseDanishNumber } from '../lib/format.ts';
import type { Indicator, IndicatorValueInput, PlanArea } from '../types.ts';

/** The year and the text typed for each area (keyed by the area's slug). */
type Values = { year: string; areas: Record<string, string> };

/** The values already stored for a year, as the user would type them ("59,9"). */
function valuesForYear(indicator: Indicator, areas: ReadonlyArray<PlanArea>, year: number) {
  const result: Record<string, string> = {};
  for (const area of areas) {
    const entered = indicator.values.find((v) => v.areaSlug === area.slug && v.year === year);
    result[area.slug] =
      entered && entered.value !== null
        ? formatIndicatorValue(indicator.unit, entered.value).replace(/\s?%$/, '').replace(/\./g, '')
        : '';
  }
  return result;
}

function defaultYear(indicator: Indicator): number {
  const latest = Math.max(0, ...indicator.values.map((v) => v.year));
  const baseline =
    indicator.baselineYearValue ?? baselineYearNumber(indicator.baselineYear) ?? new Date().getFullYear() - 1;
  return Math.max(latest, baseline + 1);
}

/** The values to send for the year, or the Danish messages keyed by field ('year' or an area's slug). */
function check(values: Values, indicator: Indicator, areas: ReadonlyArray<PlanArea>) {
  const errors: FieldErrors = {};
  const yearNumber = Number(values.year);
  if (!/^\d{4}$/.test(values.year.trim()) || yearNumber < 2000 || yearNumber > 2100)
    errors.year = da.planUi.invalidYear;
  const input: IndicatorValueInput[] = [];
  for (const area of areas) {
    const parsed = parseDanishNumber(values.areas[area.slug] ?? '');
    const existed = indicator.values.some((v) => v.areaSlug === area.slug && v.year === yearNumber);
    if (parsed === 'invalid') errors[area.slug] = da.planUi.invalidNumber;
    else if (parsed !== null && parsed < 0) errors[area.slug] = da.planUi.invalidNonNegative;
    // An empty field only matters if it clears a stored value.
    else if (parsed !== null || existed) input.push({ areaSlug: area.slug, year: yearNumber, value: parsed });
  }
  if (Object.keys(errors).length === 0 && input.length === 0)
    errors[areas[0]?.slug ?? 'year'] = da.planUi.valueRequired;
  return { input, errors };
}

type IndicatorValuesFormProps = { indicator: Indicator; areas: ReadonlyArray<PlanArea> };

export function IndicatorValuesForm({ indicator, areas }: IndicatorValuesFormProps) {
  const form = useFormSubmit({
    mutation: usePutIndicatorValues(indicator.id),
    initial: () => {
      const year = defaultYear(indicator);
      return { year: String(year), areas: valuesForYear(indicator, areas, year) };
    },
    validate: (values) => check(values, indicator, areas).errors,
    toBody: (values) => check(values, indicator, areas).input,
  });
  const { values, errors } = form;

  /** A whole year typed: its stored values fill the fields. */
  function changeYear(text: string) {
    form.setValues((current) => ({
      year: text,
      areas: /^\d{4}$/.test(text) ? valuesForYear(indicator, areas, Number(text)) : current.areas,
    }));
  }

  return (
    <FormShell
      form={form}
      title={da.planUi.enterValues}
      intro={da.planUi.enterValuesIntro}
      notice={form.result ? <Alert tone="success">{da.planUi.valuesSaved}</Alert> : null}
      submitLabel={da.planUi.save}
      pendingLabel={da.web.saving}
    >
      <div className="form__grid">
        <TextField
          label={da.planUi.year}
          name="year"
          inputMode="numeric"
          value={values.year}
          error={errors.year}
          onChange={(e) => changeYear(e.target.value)}
        />
        {areas.map((area) => (
          <TextField
            key={area.slug}
            label={fill(da.planUi.valueFor, { area: area.name })}
            name={`value-${area.slug}`}
            inputMode="decimal"
            value={values.areas[area.slug] ?? ''}
            error={errors[area.slug]}
            onChange={(e) => {
              const text = e.target.value;
              form.setValues((current) => ({ ...current, areas: { ...current.areas, [area.slug]: text } }));
            }}
          />
        ))}
      </div>
    </FormShell>
  );
}
