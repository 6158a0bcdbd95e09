import { da, fill, formatDateTime } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useIncidentAction } from '../api/incidents.ts';
import type { IncidentDetail } from '../types.ts';
import { TextareaField } from './textarea-field.tsx';

const t = da.alerting.ui;
type Draft = { audience: string; subject: string; body: string };

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
  const draft = useIncidentAction<Draft>(
    id,
    () => '/messages',
    (input) => input,
  );
  const approve = useIncidentAction<string>(id, (messageId) => `/messages/${messageId}/approve`);
  const send = useIncidentAction<string, { recipients: number }>(
    id,
    (messageId) => `/messages/${messageId}/send`,
  );
  const [values, setValues] = useState<Draft>({ audience: '', subject: '', body: '' });
  const [errors, setErrors] = useState<Partial<Draft>>({});
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Draft> = {};
    for (const key of ['audience', 'subject', 'body'] as const)
      if (!values[key].trim()) found[key] = da.validation.required;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    draft.mutate(values, {
      onSuccess: () => setValues({ audience: '', subject: '', body: '' }),
      onError: (error) => error instanceof ApiError && setErrors(error.fieldErrors()),
    });
  }

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
        <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="draft-title">
          <h3 id="draft-title">{t.draft}</h3>
          {draft.isSuccess ? <Alert tone="success">{t.drafted}</Alert> : null}
          {draft.isError && !(draft.error instanceof ApiError && draft.error.status === 400) ? (
            <Alert tone="error">{errorMessage(draft.error)}</Alert>
          ) : null}
          <div className="form__grid">
            <TextField
              label={t.audience}
              name="audience"
              value={values.audience}
              error={errors.audience}
              onChange={set('audience')}
            />
            <TextField
              label={t.subject}
              name="subject"
              value={values.subject}
              error={errors.subject}
              onChange={set('subject')}
            />
          </div>
          <TextareaField
            label={t.body}
            name="body"
            value={values.body}
            error={errors.body}
            onChange={set('body')}
          />
          <button type="submit" className="button" aria-disabled={draft.isPending}>
            {t.draft}
          </button>
        </form>
      ) : null}
    </>
  );
}
