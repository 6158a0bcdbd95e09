import { da, fill } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { ErrorSummary, SubmitButton } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { usePutSpending } from '../api/put-spending.ts';
import type { Budget } from '../types.ts';
import { parseKroner } from './amount.ts';

const ui = da.finance.ui;

/** One month's spending on one cost line by hand; it replaces what was there. */
export function SpendingEntry({ year, lines }: { year: number; lines: Budget['lines'] }) {
  const [month, setMonth] = useState('1');
  const [line, setLine] = useState(lines[0]?.key ?? '');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const save = usePutSpending();
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const value = amount.trim() === '' ? null : parseKroner(amount, { negative: true });
    if (value === null) {
      setError(ui.amountInvalid);
      return;
    }
    setError(undefined);
    save.mutate({ year, month: Number(month), line, amount: value }, { onSuccess: () => setSaved(true) });
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="spending-entry-heading">
      <h3 id="spending-entry-heading">{ui.entryHeading}</h3>
      <p>{fill(ui.entryIntro, { year })}</p>
      <ErrorSummary error={save.error} />
      {saved ? <Alert tone="success">{ui.entrySaved}</Alert> : null}
      <SelectField
        label={ui.month}
        name="month"
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        options={da.finance.months.map((name, i) => ({ value: String(i + 1), label: `${name} ${year}` }))}
      />
      <SelectField
        label={ui.costLine}
        name="line"
        value={line}
        onChange={(e) => setLine(e.target.value)}
        options={lines.map((l) => ({ value: l.key, label: l.label }))}
      />
      <TextField
        label={ui.amount}
        name="amount"
        inputMode="numeric"
        value={amount}
        error={error}
        onChange={(e) => setAmount(e.target.value)}
      />
      <SubmitButton pending={save.isPending} label={ui.saveEntry} className="button button--secondary" />
    </form>
  );
}
