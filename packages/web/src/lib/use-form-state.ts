import { type ChangeEvent, type RefObject, useRef, useState } from 'react';
import type { FieldErrors } from './form.ts';
import { useFocusFirstInvalid } from './use-focus-first-invalid.ts';

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
type BooleanKeys<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;

export type FormState<TValues> = {
  formRef: RefObject<HTMLFormElement | null>;
  values: TValues;
  setValues: (update: TValues | ((current: TValues) => TValues)) => void;
  set: <K extends keyof TValues>(key: K, value: TValues[K]) => void;
  errors: FieldErrors;
  setErrors: (errors: FieldErrors) => void;
  /** Shows these errors and moves focus to the first invalid control (or the error summary). */
  fail: (errors: FieldErrors) => void;
  /** name, value, error and onChange for a TextField, SelectField or TextareaField. */
  field: <K extends StringKeys<TValues>>(
    key: K,
    errorKey?: string,
  ) => {
    name: K;
    value: TValues[K];
    error: string | undefined;
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  };
  /** name, checked, error and onChange for a CheckboxField. */
  checkbox: <K extends BooleanKeys<TValues>>(
    key: K,
    errorKey?: string,
  ) => { name: K; checked: boolean; error: string | undefined; onChange: (checked: boolean) => void };
};

/**
 * A form's values and per-field errors, and the focus move after a failed submit. Forms that send
 * a request use useFormSubmit, which builds on this; a search form that only changes the address
 * uses it alone: `const form = useFormState({ q: '' })`, `<TextField label=… {...form.field('q')} />`.
 */
export function useFormState<TValues>(initial: TValues | (() => TValues)): FormState<TValues> {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const set = <K extends keyof TValues>(key: K, value: TValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  return {
    formRef,
    values,
    setValues,
    set,
    errors,
    setErrors,
    fail: (found) => {
      setErrors(found);
      setAttempt((count) => count + 1);
    },
    field: (key, errorKey = key) => ({
      name: key,
      value: values[key],
      error: errors[errorKey],
      onChange: (event) => set(key, event.target.value as TValues[typeof key]),
    }),
    checkbox: (key, errorKey = key) => ({
      name: key,
      checked: values[key] as boolean,
      error: errors[errorKey],
      onChange: (checked) => set(key, checked as TValues[typeof key]),
    }),
  };
}
