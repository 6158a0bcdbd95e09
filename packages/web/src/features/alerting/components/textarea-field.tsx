import type { TextareaHTMLAttributes } from 'react';
import { FormField } from '../../../components/ui/form-field.tsx';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> & {
  label: string;
  hint?: string;
  error?: string;
};

export function TextareaField({ label, hint, error, ...props }: Props) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => <textarea className="input textarea" {...props} {...control} />}
    </FormField>
  );
}
