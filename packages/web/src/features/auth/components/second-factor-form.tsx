import { da } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useVerifySecondFactor } from '../api/second-factor.ts';

const ui = da.secondFactor.ui;

/**
 * The sign-in's second step: a 6-digit code from the app, or one of the recovery codes. The fifth
 * wrong code ends the session; `onSessionEnded` gets the server's message for the sign-in form,
 * which takes this form's place.
 */
export function SecondFactorForm({ onSessionEnded }: { onSessionEnded: (message: string) => void }) {
  const form = useFormSubmit({
    mutation: useVerifySecondFactor(),
    initial: { code: '' },
    validate: (values) => ({ code: values.code.trim() ? undefined : da.validation.required }),
    toBody: (values) => ({ code: values.code.trim() }),
    // A wrong code never stays in the field.
    onError: (error, controls) => {
      controls.setValues({ code: '' });
      if (error instanceof ApiError && error.code === 'SECOND_FACTOR_ATTEMPTS') onSessionEnded(error.message);
    },
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
