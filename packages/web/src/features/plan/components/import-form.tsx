import { da, fill, formatInteger } from '@helhed/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { FormField } from '../../../components/form/form-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { UploadStatus } from '../../../components/upload-status.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { tableFileProblem } from '../../../lib/upload-file.ts';
import { ImportRejected, importIndicators } from '../api/import-indicators.ts';
import { planKeys } from '../api/keys.ts';
import type { ImportResult } from '../types.ts';
import { ImportErrorsTable } from './import-errors-table.tsx';

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; loaded: number; total: number }
  | { phase: 'processing' }
  | { phase: 'done'; result: ImportResult }
  | { phase: 'rejected'; error: ImportRejected }
  | { phase: 'failed'; message: string };

export function ImportForm() {
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const busy = state.phase === 'uploading' || state.phase === 'processing';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = fileInput.current?.files?.[0];
    const problem = tableFileProblem(file);
    setFileError(problem);
    if (problem || !file) {
      fileInput.current?.focus();
      return;
    }
    setState({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const result = await importIndicators(file, ({ loaded, total, done }) =>
        setState(done ? { phase: 'processing' } : { phase: 'uploading', loaded, total }),
      );
      setState({ phase: 'done', result });
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
    } catch (error) {
      setState(
        error instanceof ImportRejected
          ? { phase: 'rejected', error }
          : { phase: 'failed', message: errorMessage(error) },
      );
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="import-form-title">
      <h2 id="import-form-title">{da.planUi.upload}</h2>
      <FormField label={da.planUi.file} error={fileError}>
        {(control) => (
          <input
            ref={fileInput}
            className="input"
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            {...control}
          />
        )}
      </FormField>
      <button type="submit" className="button" aria-disabled={busy}>
        {da.planUi.upload}
      </button>
      <UploadStatus state={state} />
      <div ref={resultRef} tabIndex={-1} className="import-result">
        {state.phase === 'done' ? (
          <Alert tone="success">
            {fill(da.planUi.importDone, {
              imported: formatInteger(state.result.imported),
              indicators: formatInteger(state.result.indicators),
              years: state.result.years.join(', '),
            })}
          </Alert>
        ) : null}
        {state.phase === 'rejected' ? (
          <>
            <Alert tone="error">
              <p>{da.planUi.importFailed}</p>
            </Alert>
            <ImportErrorsTable rows={state.error.rows} />
          </>
        ) : null}
        {state.phase === 'failed' ? <Alert tone="error">{state.message}</Alert> : null}
      </div>
    </form>
  );
}
