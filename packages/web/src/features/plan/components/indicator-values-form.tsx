import { da, fill } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { useFocusFirstInvalid } from '../../../hooks/use-focus-first-invalid.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { usePutIndicatorValues } from '../api/put-indicator-values.ts';
import { baselineYearNumber, formatIndicatorValue, parseDanishNumber } from '../lib/format.ts';
import type { Indicator, IndicatorValueInput, PlanArea } from '../types.ts';

type Errors = Record<string, string>;

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

type IndicatorValuesFormProps = { indicator: Indicator; areas: ReadonlyArray<PlanArea> };

export function IndicatorValuesForm({ indicator, areas }: IndicatorValuesFormProps) {
  const put = usePutIndicatorValues(indicator.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [year, setYear] = useState(() => String(defaultYear(indicator)));
  const [values, setValues] = useState(() => valuesForYear(indicator, areas, defaultYear(indicator)));
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  useFocusFirstInvalid(formRef, attempt);

  function changeYear(text: string) {
    setYear(text);
    const parsed = Number(text);
    if (/^\d{4}$/.test(text)) setValues(valuesForYear(indicator, areas, parsed));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (put.isPending) return;
    setSaved(false);
    const found: Errors = {};
    const yearNumber = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || yearNumber < 2000 || yearNumber > 2100)
      found.year = da.planUi.invalidYear;
    const input: IndicatorValueInput[] = [];
    for (const area of areas) {
      const parsed = parseDanishNumber(values[area.slug] ?? '');
      const existed = indicator.values.some((v) => v.areaSlug === area.slug && v.year === yearNumber);
      if (parsed === 'invalid') found[area.slug] = da.planUi.invalidNumber;
      else if (parsed !== null && parsed < 0) found[area.slug] = da.planUi.invalidNonNegative;
      // An empty field only matters if it clears a stored value.
      else if (parsed !== null || existed)
        input.push({ areaSlug: area.slug, year: yearNumber, value: parsed });
    }
    if (Object.keys(found).length === 0 && input.length === 0)
      found[areas[0]?.slug ?? 'year'] = da.planUi.valueRequired;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    put.mutate(input, {
      onSuccess: () => setSaved(true),
      onError: () => setAttempt((n) => n + 1),
    });
  }

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="values-form-title"
    >
      <h2 id="values-form-title">{da.planUi.enterValues}</h2>
      <p>{da.planUi.enterValuesIntro}</p>
      {put.isError ? (
        <div data-error-summary tabIndex={-1}>
          <Alert tone="error">{errorMessage(put.error)}</Alert>
        </div>
      ) : null}
      {saved ? <Alert tone="success">{da.planUi.valuesSaved}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={da.planUi.year}
          name="year"
          inputMode="numeric"
          value={year}
          error={errors.year}
          onChange={(e) => changeYear(e.target.value)}
        />
        {areas.map((area) => (
          <TextField
            key={area.slug}
            label={fill(da.planUi.valueFor, { area: area.name })}
            name={`value-${area.slug}`}
            inputMode="decimal"
            value={values[area.slug] ?? ''}
            error={errors[area.slug]}
            onChange={(e) => setValues((v) => ({ ...v, [area.slug]: e.target.value }))}
          />
        ))}
      </div>
      <button type="submit" className="button" aria-disabled={put.isPending}>
        {put.isPending ? da.web.saving : da.planUi.save}
      </button>
    </form>
  );
}
