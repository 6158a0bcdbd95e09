import { type FormEvent, useRef, useState } from 'react';
import { newClientKey } from '../../../lib/client-key.ts';
import { fieldErrorsOf } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { HouseholdDetail } from '../types.ts';

/** The props that tie one text or select control to a form value and the server's error for it. */
export function bindField<T extends Record<string, unknown>>(
  values: T,
  errors: Record<string, string>,
  set: (key: keyof T) => (e: { target: { value: string } }) => void,
) {
  return (key: keyof T & string, name: string = key) => ({
    name,
    value: values[key] as string,
    error: errors[key],
    onChange: set(key),
  });
}

/**
 * The state of one small form that appends something (an event, a follow-up, a phase): the values,
 * the server's per-field errors, a client key so a retried save is never recorded twice.
 */
export function useAppendForm<T extends Record<string, unknown>, R = HouseholdDetail>(
  path: string,
  initial: T,
  { guardPending = true }: { guardPending?: boolean } = {},
) {
  const save = useRehousingMutation<unknown, R>(path);
  const clientKey = useRef<string | null>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = (key: keyof T) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  function submit(event: FormEvent, body: (values: T) => Record<string, unknown>) {
    event.preventDefault();
    if (guardPending && save.isPending) return;
    clientKey.current ??= newClientKey();
    setSaved(false);
    save.mutate(
      { clientKey: clientKey.current, ...body(values) },
      {
        onSuccess: () => {
          clientKey.current = null;
          setValues(initial);
          setErrors({});
          setSaved(true);
        },
        onError: (error) => setErrors(fieldErrorsOf(error)),
      },
    );
  }
  return { save, values, setValues, set, field: bindField(values, errors, set), errors, saved, submit };
}

/** What the form frame needs to know about the save. */
export type AppendForm = {
  save: { isError: boolean; isPending: boolean; error: unknown };
  saved: boolean;
};
