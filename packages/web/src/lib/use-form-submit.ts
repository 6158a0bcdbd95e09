/**
 * The scaffolding every form shares: its values, per-field errors, client-side checks, the submit
 * attempt that moves focus to the first invalid control (or the error summary), a client key per
 * form instance for idempotent creates, calling a TanStack mutation, the server's 400 `details` as
 * field errors, and the pending state. Render it with `FormShell` from components/form.
 *
 * @example
 * const create = useCreateParticipant();
 * const form = useFormSubmit({
 *   mutation: create,
 *   initial: { displayName: '', birthYear: '' },
 *   validate: (v) => (v.displayName.trim() ? {} : { displayName: da.registration.errors.required }),
 *   clientKey: true,
 *   toBody: (v, clientKey) => ({ clientKey, displayName: v.displayName.trim() }),
 *   onSuccess: (participant) => navigate(`/deltagere/${participant.id}`),
 * });
 * return (
 *   <FormShell form={form} title={ui.newParticipant} submitLabel={ui.createParticipant} pendingLabel={ui.creating}>
 *     <TextField label={r.fields.displayName} {...form.field('displayName')} />
 *   </FormShell>
 * );
 */
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { newClientKey } from './client-key.ts';
import { type FieldErrors, fieldErrorsOf } from './form.ts';
import { type FormState, useFormState } from './use-form-state.ts';

/** What the callbacks may do to the form after the server answered. */
export type FormControls<TValues> = {
  formRef: RefObject<HTMLFormElement | null>;
  setValues: (update: TValues | ((current: TValues) => TValues)) => void;
  setErrors: (errors: FieldErrors) => void;
  /** The next submit is a new entry: it gets a new client key. */
  renewClientKey: () => void;
};

export type FormSubmitOptions<TValues, TBody, TResult, TError> = {
  /** The endpoint's mutation hook result (from the feature's api/ folder). */
  mutation: UseMutationResult<TResult, TError, TBody, unknown>;
  /** The values when the form opens (and after a reset); a function is called once per reset. */
  initial: TValues | (() => TValues);
  /** Until this holds, submitting does nothing (for example while nothing is chosen yet). */
  ready?: (values: TValues) => boolean;
  /** Client-side checks: a message per invalid field (undefined or absent when it is fine). */
  validate?: (values: TValues) => Partial<FieldErrors>;
  /** Sends a client key (kept across retries, renewed after a reset) so a retry cannot create twice. */
  clientKey?: boolean;
  /** The request body; `clientKey` is '' unless the option is on. */
  toBody: (values: TValues, clientKey: string) => TBody;
  /** After success: back to the initial values and a new client key, ready for the next entry. */
  resetOnSuccess?: boolean;
  /** The field errors of a failed request; the server's 400 `details` by default. */
  errorsOf?: (error: TError) => FieldErrors;
  onSuccess?: (result: TResult, values: TValues, form: FormControls<TValues>) => void;
  onError?: (error: TError, form: FormControls<TValues>) => void;
};

export type FormSubmit<TValues, TResult> = FormState<TValues> &
  FormControls<TValues> & {
    handleSubmit: (event: FormEvent<HTMLFormElement>) => void;
    isPending: boolean;
    /** The failed request's error for the error summary; null when the last request did not fail. */
    error: unknown;
    /** The last successful answer since the last submit began. */
    result: { value: TResult } | null;
  };

function messagesOf(checks: Partial<FieldErrors>): FieldErrors {
  const found: FieldErrors = {};
  for (const [field, message] of Object.entries(checks)) if (message) found[field] = message;
  return found;
}

export function useFormSubmit<TValues, TBody, TResult, TError = Error>(
  options: FormSubmitOptions<TValues, TBody, TResult, TError>,
): FormSubmit<TValues, TResult> {
  const { mutation, initial } = options;
  const state = useFormState(initial);
  const clientKey = useRef<string | null>(null);
  const [result, setResult] = useState<{ value: TResult } | null>(null);
  const renewClientKey = () => {
    clientKey.current = null;
  };
  const controls: FormControls<TValues> = { ...state, renewClientKey };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { values } = state;
    if (mutation.isPending || options.ready?.(values) === false) return;
    setResult(null);
    const found = messagesOf(options.validate?.(values) ?? {});
    if (Object.keys(found).length > 0) {
      state.fail(found);
      return;
    }
    state.setErrors({});
    if (options.clientKey) clientKey.current ??= newClientKey();
    mutation.mutate(options.toBody(values, clientKey.current ?? ''), {
      onSuccess: (answer) => {
        setResult({ value: answer });
        if (options.resetOnSuccess) {
          renewClientKey();
          state.setValues(typeof initial === 'function' ? (initial as () => TValues)() : initial);
        }
        options.onSuccess?.(answer, values, controls);
      },
      onError: (failure) => {
        state.fail((options.errorsOf ?? fieldErrorsOf)(failure));
        options.onError?.(failure, controls);
      },
    });
  }

  return {
    ...state,
    renewClientKey,
    handleSubmit,
    isPending: mutation.isPending,
    error: mutation.isError ? mutation.error : null,
    result,
  };
}
