import { da } from '@helhed/core';
import { useEffect, useRef } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { type Enrolment, useConfirmSecondFactor, useStartSecondFactorSetup } from '../api/second-factor.ts';

const ui = da.secondFactor.ui;
const codeCheck = (values: { code: string }) => ({
  code: /^\d{6}$/.test(values.code.trim()) ? undefined : da.secondFactor.errors.codeFormat,
});

/** Confirms the new secret with a code from the app; the answer is the ten recovery codes. */
function ConfirmForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: (codes: string[]) => void }) {
  const intro = useRef<HTMLParagraphElement>(null);
  useEffect(() => intro.current?.focus(), []);
  const form = useFormSubmit({
    mutation: useConfirmSecondFactor(),
    initial: { code: '' },
    validate: codeCheck,
    toBody: (values) => ({ code: values.code.trim() }),
    onSuccess: (answer) => onDone(answer.recoveryCodes),
  });
  return (
    <>
      <p ref={intro} tabIndex={-1}>
        {ui.scanIntro}
      </p>
      <img className="second-factor__qr" src={enrolment.qrCode} alt={ui.qrAlt} width={200} height={200} />
      <p>
        {ui.secretLabel}: <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <FormShell form={form} label={ui.confirm} submitLabel={ui.confirm}>
        <TextField
          label={ui.confirmLabel}
          inputMode="numeric"
          autoComplete="one-time-code"
          {...form.field('code')}
        />
      </FormShell>
    </>
  );
}

/** Start of the set-up: a new secret as a QR code and as text, then the confirming code. */
export function SecondFactorSetup({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const start = useStartSecondFactorSetup();
  if (start.data) return <ConfirmForm enrolment={start.data} onDone={onEnabled} />;
  return (
    <>
      {start.isError ? <Alert tone="error">{errorMessage(start.error)}</Alert> : null}
      <button
        type="button"
        className="button"
        aria-disabled={start.isPending}
        onClick={() => (start.isPending ? undefined : start.mutate())}
      >
        {ui.start}
      </button>
    </>
  );
}
