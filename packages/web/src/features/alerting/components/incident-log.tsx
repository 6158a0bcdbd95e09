import { da, formatDateTime } from '@helhed/core';
import { SelectField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { type LogEntryInput, useAddLogEntry } from '../api/add-log-entry.ts';
import type { LogEntry } from '../types.ts';

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
  const form = useFormSubmit({
    mutation: useAddLogEntry(incidentId),
    initial: { kind: 'update' as LogEntryInput['kind'], text: '' },
    validate: (values) => (values.text.trim() ? {} : { text: da.validation.required }),
    toBody: (values) => ({ kind: values.kind, text: values.text.trim() }),
    // The kind stays for the next entry; the text is cleared.
    onSuccess: (_entry, _values, controls) => controls.setValues((v) => ({ ...v, text: '' })),
  });

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
        <FormShell
          form={form}
          title={t.addLog}
          heading="h3"
          notice={form.result ? <Alert tone="success">{t.logAdded}</Alert> : null}
          submitLabel={t.addLog}
        >
          <SelectField
            label={t.logKind}
            options={[
              { value: 'update', label: da.alerting.logKinds.update },
              { value: 'decision', label: da.alerting.logKinds.decision },
            ]}
            {...form.field('kind')}
          />
          <TextareaField label={t.logText} {...form.field('text')} />
        </FormShell>
      ) : null}
    </>
  );
}
