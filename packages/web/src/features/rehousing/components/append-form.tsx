import { da } from '@helhed/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { type FormSubmit, useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { AppendBody } from '../api/keys.ts';

/**
 * A small form that appends something (an event, a follow-up, a phase): a client key so a retried
 * save is never recorded twice, and back to its first values after each save.
 */
export function useAppendForm<TValues, TResult>(
  mutation: UseMutationResult<TResult, Error, AppendBody, unknown>,
  initial: TValues,
  body: (values: TValues) => Record<string, unknown>,
) {
  return useFormSubmit({
    mutation,
    initial,
    clientKey: true,
    resetOnSuccess: true,
    toBody: (values, clientKey) => ({ clientKey, ...body(values) }),
  });
}

type AppendFormShellProps = {
  form: Pick<FormSubmit<unknown, unknown>, 'formRef' | 'handleSubmit' | 'isPending' | 'error' | 'result'>;
  title: string;
  submitLabel: string;
  submitClassName?: string;
  /** Shown after a save. */
  savedText?: string;
  pendingLabel?: string;
  children: ReactNode;
};

/** The frame of a small genhusning form: a level-3 heading, the error or saved message, fields, button. */
export function AppendFormShell({ form, savedText = da.rehousingUi.saved, ...props }: AppendFormShellProps) {
  return (
    <FormShell
      form={form}
      heading="h3"
      notice={form.result ? <Alert tone="success">{savedText}</Alert> : null}
      {...props}
    />
  );
}
