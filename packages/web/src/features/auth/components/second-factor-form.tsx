import { da } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useVerifySecondFactor } from '../api/second-factor.ts';

const ui = da.secondFactor.ui;

/** The sign-in's second step: a 6-digit code from the app, or one of the recovery codes. */
export function SecondFactorForm() {
  const form = useFormSubmit({
    mutation: useVerifySecondFactor(),
    initial: { code: '' },
    validate: (values) => ({ code: values.code.trim() ? undefined : da.validation.required }),
    toBody: (values) => ({ code: values.code.trim() }),
    // A wrong code never stays in the field.
    onError: (_, controls) => controls.setValues({ code: '' }),
  });
  return (
    <FormShell
      form={form}
      className="form form--narrow"
      intro={ui.codeIntro}
      submitLabel={ui.verify}
      pendingLabel={ui.verifying}
    >
      <TextField
        label={ui.codeLabel}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        {...form.field('code')}
      />
    </FormShell>
  );
}
