import { useId } from 'react';

type CheckboxFieldProps = {
  label: string;
  name: string;
  checked: boolean;
  error?: string | undefined;
  onChange: (checked: boolean) => void;
};

/** A checkbox with its label and an error tied by aria-describedby. */
export function CheckboxField({ label, name, checked, error, onChange }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={error ? 'field field--error checkbox-field' : 'field checkbox-field'}>
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="checkbox"
        name={name}
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
