import { type FormEvent, useRef, useState } from 'react';
import { newClientKey } from '../../../lib/client-key.ts';
import { fieldErrorsOf } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { HouseholdDetail } from '../types.ts';

/**
 * The state of one small form that appends something to a household (an event, a follow-up): the
 * values, the server's per-field errors, a client key so a retried save is never recorded twice.
 */
export function useAppendForm<T extends Record<string, unknown>>(path: string, initial: T) {
  const save = useRehousingMutation<unknown, HouseholdDetail>(path);
  const clientKey = useRef<string | null>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = (key: keyof T) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  function submit(event: FormEvent, body: (values: T) => Record<string, unknown>) {
    event.preventDefault();
    if (save.isPending) return;
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
  return { save, values, setValues, set, errors, saved, submit };
}
