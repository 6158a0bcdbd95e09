import { da } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { optionsOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useChangeCaseStatus } from '../api/change-case-status.ts';
import { useCloseCase } from '../api/close-case.ts';
import type { CaseStatus, Outcome } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const OUTCOMES = Object.keys(r.outcomes) as Outcome[];

export function CloseCaseForm({ caseId }: { caseId: string }) {
  const form = useFormSubmit({
    mutation: useCloseCase(caseId),
    initial: () => ({ endedOn: todayInDenmark(), outcome: '' }),
    validate: (v) => (v.outcome ? {} : { outcome: r.errors.outcomeRequired }),
    toBody: (v) => v,
  });
  return (
    <FormShell
      form={form}
      title={ui.closeCaseTitle}
      heading="h3"
      submitLabel={ui.closeCase}
      pendingLabel={ui.saving}
    >
      <div className="form__grid">
        <SelectField
          label={r.fields.outcome}
          options={[{ value: '', label: ui.noValue }, ...optionsOf(r.outcomes, OUTCOMES)]}
          {...form.field('outcome')}
        />
        <TextField label={r.fields.endedOn} type="date" {...form.field('endedOn')} />
      </div>
    </FormShell>
  );
}

export function StatusToggle({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const change = useChangeCaseStatus(caseId);
  if (status === 'closed') return null;
  const next = status === 'open' ? 'retention' : 'open';
  return (
    <>
      {change.isError ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => change.mutate({ status: next })}
      >
        {next === 'retention' ? ui.setRetention : ui.setOpen}
      </button>
    </>
  );
}
