import { da, fill, formatInteger } from '@helhed/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FormField, SelectField } from '../../../components/form/form-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { type UploadPhase, UploadStatus } from '../../../components/upload-status.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { tableFileProblem } from '../../../lib/upload-file.ts';
import { ImportRefused, importTable } from '../api/import-table.ts';
import { ImportReportView } from '../components/import-report.tsx';
import { RegistrationPage } from '../components/registration-page.tsx';
import type { ImportKind, ImportReport } from '../types.ts';

const t = da.imports;
const KINDS: ImportKind[] = ['participants', 'attendance', 'volunteers'];

type State =
  | { phase: 'idle' }
  | UploadPhase
  | { phase: 'tried'; report: ImportReport; file: File }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'refused'; error: ImportRefused }
  | { phase: 'failed'; message: string };

function isKind(value: string | null): value is ImportKind {
  return KINDS.includes(value as ImportKind);
}

/**
 * Bulk import for a worker or leader: choose what the file holds, try it (a dry run that saves
 * nothing and shows each row's fate), then import it all or nothing. The kind is kept in the address.
 */
function ImportContent() {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('type');
  const kind: ImportKind = isKind(kindParam) ? kindParam : 'participants';
  const fileInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const busy = state.phase === 'uploading' || state.phase === 'processing';

  function chosenFile(): File | null {
    const file = fileInput.current?.files?.[0];
    const problem = tableFileProblem(file);
    setFileError(problem);
    if (problem || !file) {
      fileInput.current?.focus();
      return null;
    }
    return file;
  }

  async function send(mode: 'dry-run' | 'commit', file: File) {
    setState({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const report = await importTable(kind, mode, file, ({ loaded, total, done }) =>
        setState(done ? { phase: 'processing' } : { phase: 'uploading', loaded, total }),
      );
      setState(mode === 'dry-run' ? { phase: 'tried', report, file } : { phase: 'done', report });
      if (mode === 'commit') await queryClient.invalidateQueries({ queryKey: ['registration'] });
    } catch (error) {
      setState(
        error instanceof ImportRefused
          ? { phase: 'refused', error }
          : { phase: 'failed', message: errorMessage(error) },
      );
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  function tryFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = chosenFile();
    if (file) void send('dry-run', file);
  }

  function commit() {
    if (state.phase !== 'tried' || busy) return;
    const file = fileInput.current?.files?.[0];
    if (file !== state.file) {
      setState({ phase: 'failed', message: t.ui.changedFile });
      return;
    }
    void send('commit', state.file);
  }

  const tried = state.phase === 'tried' ? state.report : null;
  const committable = tried !== null && tried.counts.refused === 0;
  const countOf = (report: ImportReport) =>
    Object.fromEntries(Object.entries(report.counts).map(([k, v]) => [k, formatInteger(v)]));

  return (
    <>
      <p className="lead">{t.ui.intro}</p>
      <section className="panel">
        <form className="form" noValidate onSubmit={tryFile}>
          <SelectField
            label={t.ui.kind}
            name="kind"
            value={kind}
            options={KINDS.map((value) => ({ value, label: t.kinds[value] }))}
            onChange={(event) => {
              setParams({ type: event.target.value }, { replace: true });
              setState({ phase: 'idle' });
            }}
          />
          <p>
            <strong>{t.ui.columnsTitle}:</strong> {t.ui.columns[kind]}
          </p>
          <FormField label={t.ui.file} error={fileError}>
            {(control) => (
              <input
                ref={fileInput}
                className="input"
                type="file"
                name="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={() => setState({ phase: 'idle' })}
                {...control}
              />
            )}
          </FormField>
          <button type="submit" className="button button--secondary" aria-disabled={busy}>
            {t.ui.tryButton}
          </button>
        </form>
        <UploadStatus state={state} />
      </section>
      <div ref={resultRef} tabIndex={-1} className="import-result">
        {tried ? (
          <section className="panel">
            <ImportReportView report={tried} />
            {committable ? (
              <button type="button" className="button" aria-disabled={busy} onClick={commit}>
                {fill(t.ui.commitButton, { count: formatInteger(tried.rows.length) })}
              </button>
            ) : null}
          </section>
        ) : null}
        {state.phase === 'done' ? (
          <Alert tone="success">{fill(t.ui.done, countOf(state.report))}</Alert>
        ) : null}
        {state.phase === 'refused' ? (
          <Alert tone="error">
            <p>{state.error.message}</p>
            <ul>
              {state.error.details.map((d) => (
                <li key={`${d.field}-${d.message}`}>
                  {d.field === 'fil' ? d.message : `${d.field}: ${d.message}`}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {state.phase === 'failed' ? <Alert tone="error">{state.message}</Alert> : null}
      </div>
    </>
  );
}

export function RegistrationImportPage() {
  return (
    <RegistrationPage title={t.ui.title} back={{ to: '/deltagere', label: da.nav.participants }}>
      <ImportContent />
    </RegistrationPage>
  );
}
