import { da } from '@helhed/core';
import type { FormEvent, ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import type { AppendForm } from './use-event-form.ts';

type AppendFormShellProps = {
  form: AppendForm;
  /** The id of the heading that names the form (aria-labelledby). */
  titleId: string;
  title: string;
  submitLabel: string;
  buttonClassName?: string;
  savedText?: string;
  /** When given, the button says so while saving and is marked aria-disabled. */
  pendingLabel?: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
};

/** The frame of a small genhusning form: heading, error or saved message, fields and the submit button. */
export function AppendFormShell({
  form,
  titleId,
  title,
  submitLabel,
  buttonClassName = 'button',
  savedText = da.rehousingUi.saved,
  pendingLabel,
  onSubmit,
  children,
}: AppendFormShellProps) {
  return (
    <form className="form" noValidate aria-labelledby={titleId} onSubmit={onSubmit}>
      <h3 id={titleId}>{title}</h3>
      {form.save.isError ? <Alert tone="error">{errorMessage(form.save.error)}</Alert> : null}
      {form.saved ? <Alert tone="success">{savedText}</Alert> : null}
      {children}
      {pendingLabel === undefined ? (
        <button type="submit" className={buttonClassName}>
          {submitLabel}
        </button>
      ) : (
        <button type="submit" className={buttonClassName} aria-disabled={form.save.isPending}>
          {form.save.isPending ? pendingLabel : submitLabel}
        </button>
      )}
    </form>
  );
}
