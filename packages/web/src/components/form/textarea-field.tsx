import type { TextareaHTMLAttributes } from 'react';
import { FormField } from './form-field.tsx';

type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** A multi-line text control with its label, hint and error. */
export function TextareaField({ label, hint, error, ...props }: TextareaFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => <textarea className="input textarea" {...props} {...control} />}
    </FormField>
  );
}
