import { da, formatDateTime } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/form-field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useIncidentAction } from '../api/incidents.ts';
import type { LogEntry } from '../types.ts';
import { TextareaField } from './textarea-field.tsx';

const t = da.alerting.ui;

export function IncidentLog({
  incidentId,
  log,
  canWrite,
}: {
  incidentId: string;
  log: LogEntry[];
  canWrite: boolean;
}) {
  const add = useIncidentAction<{ kind: 'update' | 'decision'; text: string }>(
    incidentId,
    () => '/log',
    (input) => input,
  );
  const [kind, setKind] = useState<'update' | 'decision'>('update');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setError(da.validation.required);
      return;
    }
    setError(undefined);
    add.mutate(
      { kind, text: text.trim() },
      {
        onSuccess: () => setText(''),
        onError: (e) => e instanceof ApiError && setError(e.fieldErrors().text),
      },
    );
  }

  return (
    <>
      <h2 id="log-title">{t.logTitle}</h2>
      <ol className="log-list">
        {log.map((entry) => (
          <li key={entry.id}>
            <strong>{formatDateTime(entry.at)}</strong> · {da.alerting.logKinds[entry.kind]} · {entry.actor}
            <br />
            {entry.text}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="log-form-title">
          <h3 id="log-form-title">{t.addLog}</h3>
          {add.isError && !(add.error instanceof ApiError && add.error.status === 400) ? (
            <Alert tone="error">{errorMessage(add.error)}</Alert>
          ) : null}
          {add.isSuccess ? <Alert tone="success">{t.logAdded}</Alert> : null}
          <SelectField
            label={t.logKind}
            name="kind"
            value={kind}
            options={[
              { value: 'update', label: da.alerting.logKinds.update },
              { value: 'decision', label: da.alerting.logKinds.decision },
            ]}
            onChange={(e) => setKind(e.target.value as 'update' | 'decision')}
          />
          <TextareaField
            label={t.logText}
            name="text"
            value={text}
            error={error}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button" aria-disabled={add.isPending}>
            {t.addLog}
          </button>
        </form>
      ) : null}
    </>
  );
}
