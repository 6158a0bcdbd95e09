import { type ReactNode, useId } from 'react';
import { errorMessage } from '../../lib/api-client.ts';
import type { FormSubmit } from '../../lib/use-form-submit.ts';
import { Alert } from '../ui/alert.tsx';

/** The failed request's message; focus lands here when no single control is invalid. */
export function ErrorSummary({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  return (
    <div data-error-summary tabIndex={-1}>
      <Alert tone="error">{errorMessage(error)}</Alert>
    </div>
  );
}

type SubmitButtonProps = {
  pending: boolean;
  label: string;
  /** The text while the request runs; the label stays when there is none. */
  pendingLabel?: string | undefined;
  className?: string | undefined;
  /** Marks the button as not usable yet (aria-disabled keeps it focusable), e.g. nothing chosen. */
  disabled?: boolean | undefined;
};

/** Stays focusable while the request runs (aria-disabled, not disabled) and says what it is doing. */
export function SubmitButton({
  pending,
  label,
  pendingLabel = label,
  className = 'button',
  disabled = false,
}: SubmitButtonProps) {
  return (
    <button type="submit" className={className} aria-disabled={pending || disabled}>
      {pending ? pendingLabel : label}
    </button>
  );
}

type FormShellProps = {
  form: Pick<FormSubmit<unknown, unknown>, 'formRef' | 'handleSubmit' | 'isPending' | 'error'>;
  /** The form's heading; the form is labelled by it. */
  title?: string;
  /** The form's name when it has no heading of its own. */
  label?: string;
  heading?: 'h2' | 'h3';
  /** A paragraph under the heading. */
  intro?: ReactNode;
  className?: string;
  /** A one-line form inside a section (form--inline, a secondary submit button). */
  inline?: boolean;
  submitLabel: string;
  pendingLabel?: string;
  submitClassName?: string;
  /** The submit button is marked as not usable yet. */
  submitDisabled?: boolean;
  /** Shown under the error summary, for example a success message. */
  notice?: ReactNode;
  /** Shown after the submit button, for example a cancel button. */
  actions?: ReactNode;
  children: ReactNode;
};

/** A form with a heading, the error summary, its fields and the submit button with a pending text. */
export function FormShell({
  form,
  title,
  label,
  heading: Heading = 'h2',
  intro,
  inline = false,
  className = inline ? 'form form--inline' : 'form',
  submitLabel,
  pendingLabel,
  submitClassName = inline ? 'button button--secondary' : 'button',
  submitDisabled,
  notice,
  actions,
  children,
}: FormShellProps) {
  const titleId = useId();
  return (
    <form
      ref={form.formRef}
      className={className}
      noValidate
      onSubmit={form.handleSubmit}
      aria-labelledby={title ? titleId : undefined}
      aria-label={label}
    >
      {title ? <Heading id={titleId}>{title}</Heading> : null}
      {intro ? <p>{intro}</p> : null}
      <ErrorSummary error={form.error} />
      {notice}
      {children}
      <SubmitButton
        pending={form.isPending}
        label={submitLabel}
        pendingLabel={pendingLabel}
        className={submitClassName}
        disabled={submitDisabled}
      />
      {actions}
    </form>
  );
}
