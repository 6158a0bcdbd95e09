import { da, fill } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { FormField, SelectField } from '../../../components/form/form-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { importContentType, tableFileProblem } from '../../../lib/upload-file.ts';
import {
  importSpending,
  type Mapping,
  type Outcome,
  readImportColumns,
  useRefreshFinance,
} from '../api/import-spending.ts';
import type { ImportResult } from '../types.ts';

const ui = da.finance.ui;
const FIELDS = [
  ['monthColumn', ui.monthColumn],
  ['costLineColumn', ui.lineColumn],
  ['amountColumn', ui.amountColumn],
] as const;

const monthsText = (months: number[]) => months.map((m) => da.finance.months[m - 1]).join(', ');

/** Upload, choose the columns (remembered from the last import), try, then import: all or nothing. */
export function SpendingImport({ year }: { year: number }) {
  const refresh = useRefreshFinance();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [columns, setColumns] = useState<string[] | null>(null);
  const [remembered, setRemembered] = useState(false);
  const [mapping, setMapping] = useState<Mapping>({ monthColumn: '', costLineColumn: '', amountColumn: '' });
  const [outcome, setOutcome] = useState<Outcome<ImportResult> | null>(null);
  const [columnsOutcome, setColumnsOutcome] = useState<Outcome<unknown> | null>(null);
  const [pending, setPending] = useState(false);

  async function readColumns(event: FormEvent) {
    event.preventDefault();
    const problem = tableFileProblem(file ?? undefined);
    setFileError(problem);
    setOutcome(null);
    if (problem || !file) return;
    setPending(true);
    const answer = await readImportColumns(file, importContentType(file) ?? '');
    setPending(false);
    setColumnsOutcome(answer.ok ? null : answer);
    if (!answer.ok) return;
    const { columns: found, mapping: saved } = answer.value;
    setColumns(found);
    const usable = saved && Object.values(saved).every((column) => found.includes(column));
    setRemembered(Boolean(usable));
    setMapping(usable && saved ? saved : { monthColumn: '', costLineColumn: '', amountColumn: '' });
  }

  async function run(mode: 'dry-run' | 'commit') {
    if (!file) return;
    setPending(true);
    const answer = await importSpending(file, importContentType(file) ?? '', year, mode, mapping);
    setPending(false);
    setOutcome(answer);
    if (answer.ok && mode === 'commit') await refresh();
  }

  const chosen = Object.values(mapping).every((column) => column !== '');
  return (
    <section className="panel" aria-labelledby="spending-import-heading">
      <h3 id="spending-import-heading">{ui.importHeading}</h3>
      <p>{ui.importIntro}</p>
      <form className="form" noValidate onSubmit={readColumns} aria-label={ui.readColumns}>
        <FormField label={ui.file} error={fileError}>
          {(control) => (
            <input
              type="file"
              name="file"
              accept=".csv,.xlsx"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setColumns(null);
                setOutcome(null);
              }}
              {...control}
            />
          )}
        </FormField>
        <button type="submit" className="button button--secondary" aria-disabled={pending}>
          {ui.readColumns}
        </button>
      </form>
      {columnsOutcome && !columnsOutcome.ok ? <Problems outcome={columnsOutcome} /> : null}
      {columns ? (
        <form className="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={ui.importHeading}>
          {remembered ? <p>{ui.mappingRemembered}</p> : null}
          {FIELDS.map(([field, label]) => (
            <SelectField
              key={field}
              label={label}
              name={field}
              value={mapping[field]}
              onChange={(e) => setMapping({ ...mapping, [field]: e.target.value })}
              options={[
                { value: '', label: ui.chooseColumn },
                ...columns.map((c) => ({ value: c, label: c })),
              ]}
            />
          ))}
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={pending || !chosen}
              onClick={() => chosen && !pending && run('dry-run')}
            >
              {ui.dryRun}
            </button>
            <button
              type="button"
              className="button"
              aria-disabled={pending || !chosen}
              onClick={() => chosen && !pending && run('commit')}
            >
              {ui.commit}
            </button>
          </div>
        </form>
      ) : null}
      {outcome?.ok ? (
        <Alert tone="success">
          {fill(outcome.value.mode === 'dry-run' ? ui.dryRunOk : ui.imported, {
            rows: outcome.value.rows,
            months: monthsText(outcome.value.months),
          })}
        </Alert>
      ) : null}
      {outcome && !outcome.ok ? <Problems outcome={outcome} /> : null}
    </section>
  );
}

function Problems({ outcome }: { outcome: { message: string; rows: string[] } }) {
  return (
    <Alert tone="error">
      <p>{outcome.rows.length > 0 ? ui.importRefused : outcome.message}</p>
      {outcome.rows.length > 0 ? (
        <ul>
          {outcome.rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
