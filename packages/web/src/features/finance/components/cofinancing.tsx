import { da, fill, formatKroner, formatPercent } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { ErrorSummary, SubmitButton } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { usePutSettings } from '../api/put-settings.ts';
import type { Budget } from '../types.ts';

const ui = da.finance.ui;

/** The local share (all but LBF) against the plan's minimum; the leader may change the minimum. */
export function Cofinancing({ budget, canEdit }: { budget: Budget; canEdit: boolean }) {
  const c = budget.cofinancing;
  const minimum = formatPercent(c.minimumPercent);
  return (
    <section className="panel" aria-labelledby="cofinancing-heading">
      <h2 id="cofinancing-heading">{ui.cofinancingHeading}</h2>
      <p data-testid="cofinancing">
        {c.sharePercent === null
          ? fill(ui.cofinancingNoTotal, { minimum })
          : fill(ui.cofinancing, {
              local: formatKroner(c.local),
              total: formatKroner(c.total),
              share: formatPercent(c.sharePercent),
              minimum,
            })}{' '}
        {c.meetsMinimum === null ? null : (
          <strong>{c.meetsMinimum ? ui.cofinancingMet : ui.cofinancingNotMet}</strong>
        )}
      </p>
      {c.minimumIsDefault ? <p>{ui.minimumDefault}</p> : null}
      {canEdit ? <MinimumForm current={c.minimumPercent} /> : null}
    </section>
  );
}

function MinimumForm({ current }: { current: number }) {
  const [value, setValue] = useState(String(current).replace('.', ','));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const save = usePutSettings();
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const number = Number(value.trim().replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
      setError(ui.minimumInvalid);
      return;
    }
    setError(undefined);
    save.mutate(Math.round(number * 100) / 100, { onSuccess: () => setSaved(true) });
  }
  return (
    <form className="form form--inline" noValidate onSubmit={submit} aria-label={ui.minimumLabel}>
      <ErrorSummary error={save.error} />
      {saved ? <Alert tone="success">{ui.minimumSaved}</Alert> : null}
      <TextField
        label={ui.minimumLabel}
        name="minimum"
        inputMode="decimal"
        value={value}
        error={error}
        onChange={(e) => setValue(e.target.value)}
      />
      <SubmitButton pending={save.isPending} label={ui.saveMinimum} className="button button--secondary" />
    </form>
  );
}
