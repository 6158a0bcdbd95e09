import { da, fill, formatDateTime } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useApproveMessage } from '../api/approve-message.ts';
import { type DraftInput, useDraftMessage } from '../api/draft-message.ts';
import { useSendMessage } from '../api/send-message.ts';
import type { IncidentDetail } from '../types.ts';

const t = da.alerting.ui;

/** Every field is required. */
function validate(values: DraftInput): FieldErrors {
  const found: FieldErrors = {};
  for (const key of ['audience', 'subject', 'body'] as const)
    if (!values[key].trim()) found[key] = da.validation.required;
  return found;
}

/** Drafted → approved by an FU member → sent to the CKS contacts. The server refuses anything else. */
export function CrisisMessages({
  detail,
  canRun,
  canApprove,
}: {
  detail: IncidentDetail;
  canRun: boolean;
  canApprove: boolean;
}) {
  const id = detail.incident.id;
  const isOpen = detail.incident.status !== 'closed';
  const draft = useDraftMessage(id);
  const approve = useApproveMessage(id);
  const send = useSendMessage(id);
  const form = useFormSubmit({
    mutation: draft,
    initial: { audience: '', subject: '', body: '' },
    validate,
    toBody: (values) => values,
    resetOnSuccess: true,
  });
  const { field } = form;

  return (
    <>
      <h2 id="messages-title">{t.messagesTitle}</h2>
      <p>{t.messagesIntro}</p>
      {approve.isError ? <Alert tone="error">{errorMessage(approve.error)}</Alert> : null}
      {send.isError ? <Alert tone="error">{errorMessage(send.error)}</Alert> : null}
      {send.isSuccess ? (
        <Alert tone="success">{fill(t.sentCount, { count: send.data.recipients })}</Alert>
      ) : null}
      {detail.crisisMessages.map((m) => (
        <article key={m.id} className="panel" aria-label={m.subject}>
          <h3>{m.subject}</h3>
          <p>
            {t.audience}: {m.audience}
          </p>
          <p className="message-body">{m.body}</p>
          <p>
            {m.approvedBy ? (
              <span className="state--ok">{fill(t.approved, { name: m.approvedBy })}</span>
            ) : (
              <span className="state--warn">{t.notApproved}</span>
            )}
            {m.sentAt ? ` · ${fill(t.sentAt, { at: formatDateTime(m.sentAt) })}` : ''}
          </p>
          {isOpen ? (
            <div className="inline-actions">
              {canApprove && !m.approvedAt ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    send.reset();
                    approve.mutate(m.id);
                  }}
                >
                  {fill(t.approve, { subject: m.subject })}
                </button>
              ) : null}
              {canRun && !m.sentAt ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    approve.reset();
                    send.mutate(m.id);
                  }}
                >
                  {fill(t.send, { subject: m.subject })}
                </button>
              ) : null}
            </div>
          ) : null}
        </article>
      ))}
      {canRun && isOpen ? (
        <FormShell
          form={form}
          title={t.draft}
          heading="h3"
          notice={form.result ? <Alert tone="success">{t.drafted}</Alert> : null}
          submitLabel={t.draft}
        >
          <div className="form__grid">
            <TextField label={t.audience} {...field('audience')} />
            <TextField label={t.subject} {...field('subject')} />
          </div>
          <TextareaField label={t.body} {...field('body')} />
        </FormShell>
      ) : null}
    </>
  );
}
