import { da, fill } from '@helhed/core';
import { SelectField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useApproveQuarter, useReopenQuarter, useSendQuarterBack } from '../api/quarter-approval.ts';
import type { QuarterApproval } from '../types.ts';

// The leader's three decisions on a quarter: approve it, reopen it (or one activity) with a reason,
// send it back to a worker with a message. Each answer is the quarter's new state.
const t = da.quarterApproval;
const WHOLE = '';

export function ApproveForm({ quarter }: { quarter: string }) {
  const form = useFormSubmit({
    mutation: useApproveQuarter(),
    initial: {},
    toBody: () => ({ quarter }),
  });
  return (
    <FormShell
      form={form}
      label={t.approve}
      intro={t.lockNote}
      submitLabel={t.approve}
      pendingLabel={t.approving}
    >
      {null}
    </FormShell>
  );
}

export function ReopenForm({
  data,
  activities,
}: {
  data: QuarterApproval;
  activities: ReadonlyArray<{ id: string; name: string }>;
}) {
  const open = new Set(data.reopened.activities.map((activity) => activity.id));
  const form = useFormSubmit({
    mutation: useReopenQuarter(),
    initial: { what: WHOLE, reason: '' },
    toBody: (values) => ({
      quarter: data.quarter,
      activityId: values.what === WHOLE ? null : values.what,
      reason: values.reason,
    }),
    resetOnSuccess: true,
  });
  return (
    <details className="quarter-decision">
      <summary>{t.reopen.summary}</summary>
      <FormShell
        form={form}
        title={t.reopen.formTitle}
        heading="h3"
        submitLabel={t.reopen.submit}
        pendingLabel={t.reopen.pending}
      >
        <SelectField
          label={t.reopen.what}
          options={[
            { value: WHOLE, label: t.reopen.whole },
            ...activities.filter((a) => !open.has(a.id)).map((a) => ({ value: a.id, label: a.name })),
          ]}
          {...form.field('what')}
        />
        <TextareaField label={t.reopen.reason} rows={2} {...form.field('reason')} />
      </FormShell>
      {form.result ? <p role="status">{t.reopen.done}</p> : null}
    </details>
  );
}

/** What the leader is told after a send-back: whether the worker also got an e-mail. */
function doneText(notified: QuarterApproval['notified']): string {
  if (notified === 'mail') return t.sendBack.doneMailed;
  if (notified === 'mail-failed') return t.sendBack.doneMailFailed;
  if (notified === 'no-mail') return t.sendBack.doneNoMail;
  return t.sendBack.done;
}

export function SendBackForm({ data }: { data: QuarterApproval }) {
  const form = useFormSubmit({
    mutation: useSendQuarterBack(),
    initial: { userId: '', message: '' },
    toBody: (values) => ({ quarter: data.quarter, userId: values.userId, message: values.message }),
    resetOnSuccess: true,
  });
  const sentTo = data.recipients.find((user) => user.id === form.result?.value.events.at(-1)?.toUser?.id);
  return (
    <details className="quarter-decision">
      <summary>{t.sendBack.summary}</summary>
      <FormShell
        form={form}
        title={t.sendBack.formTitle}
        heading="h3"
        submitLabel={t.sendBack.submit}
        pendingLabel={t.sendBack.pending}
      >
        <SelectField
          label={t.sendBack.to}
          options={[
            { value: '', label: t.sendBack.choose },
            ...data.recipients.map((user) => ({ value: user.id, label: user.name })),
          ]}
          {...form.field('userId')}
        />
        <TextareaField label={t.sendBack.message} rows={3} {...form.field('message')} />
      </FormShell>
      {sentTo ? (
        <p role="status">{fill(doneText(form.result?.value.notified), { name: sentTo.name })}</p>
      ) : null}
    </details>
  );
}
