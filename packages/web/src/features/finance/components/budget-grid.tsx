import { da, fill, formatKroner } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, SubmitButton } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { CaptionedTable } from '../../plan/components/table-wrap.tsx';
import { usePutBudget } from '../api/put-budget.ts';
import type { Budget } from '../types.ts';
import { parseKroner, showKroner } from './amount.ts';

const ui = da.finance.ui;
const cellKey = (line: string, source: string) => `${line}|${source}`;

function initialValues(budget: Budget): Record<string, string> {
  return Object.fromEntries(
    budget.cells.map((cell) => [cellKey(cell.line, cell.source), showKroner(cell.amount)]),
  );
}

/** The year's budget: cost lines by funding source; editable as one form that saves the whole grid. */
export function BudgetGrid({ budget, canEdit }: { budget: Budget; canEdit: boolean }) {
  const [values, setValues] = useState(() => initialValues(budget));
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const save = usePutBudget(budget.year);
  const amount = (line: string, source: string) => parseKroner(values[cellKey(line, source)] ?? '') ?? 0;
  const lineTotal = (line: string) => budget.sources.reduce((sum, s) => sum + amount(line, s.key), 0);
  const sourceTotal = (source: string) => budget.lines.reduce((sum, l) => sum + amount(l.key, source), 0);
  const total = budget.lines.reduce((sum, l) => sum + lineTotal(l.key), 0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const bad = new Set<string>();
    const cells = budget.lines.flatMap((line) =>
      budget.sources.flatMap((source) => {
        const key = cellKey(line.key, source.key);
        const value = parseKroner(values[key] ?? '');
        if (value === null) bad.add(key);
        return value ? [{ line: line.key, source: source.key, amount: value }] : [];
      }),
    );
    setInvalid(bad);
    if (bad.size > 0) {
      event.currentTarget.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    save.mutate(
      { cells },
      {
        onSuccess: (answer) => {
          setValues(initialValues(answer));
          setSaved(true);
        },
      },
    );
  }

  const table = (
    <CaptionedTable
      caption={fill(ui.budgetCaption, { year: budget.year })}
      headers={[ui.costLine, ...budget.sources.map((s) => s.label), ui.total]}
      testId="budget-grid"
      footer={
        <tr>
          <th scope="row">{ui.total}</th>
          {budget.sources.map((source) => (
            <td key={source.key} className="numeric">
              {formatKroner(sourceTotal(source.key))}
            </td>
          ))}
          <td className="numeric">{formatKroner(total)}</td>
        </tr>
      }
    >
      {budget.lines.map((line) => (
        <tr key={line.key}>
          <th scope="row">{line.label}</th>
          {budget.sources.map((source) => {
            const key = cellKey(line.key, source.key);
            return (
              <td key={source.key} className="numeric">
                {canEdit ? (
                  <input
                    className="input input--amount"
                    inputMode="numeric"
                    name={key}
                    aria-label={fill(ui.amountLabel, { line: line.label, source: source.label })}
                    aria-invalid={invalid.has(key) ? true : undefined}
                    aria-describedby={invalid.has(key) ? 'budget-cell-error' : undefined}
                    value={values[key] ?? ''}
                    onChange={(e) => setValues({ ...values, [key]: e.target.value })}
                  />
                ) : (
                  formatKroner(amount(line.key, source.key))
                )}
              </td>
            );
          })}
          <td className="numeric">{formatKroner(lineTotal(line.key))}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
  if (!canEdit) return table;
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={fill(ui.budgetForm, { year: budget.year })}
    >
      <ErrorSummary error={save.error} />
      {invalid.size > 0 ? (
        <p className="field__error" id="budget-cell-error" role="alert">
          {ui.cellInvalid}
        </p>
      ) : null}
      {saved ? <Alert tone="success">{fill(ui.budgetSaved, { year: budget.year })}</Alert> : null}
      {table}
      <SubmitButton pending={save.isPending} label={ui.saveBudget} pendingLabel={ui.savingBudget} />
    </form>
  );
}
