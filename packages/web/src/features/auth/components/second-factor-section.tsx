import { da, fill } from '@helhed/core';
import { useState } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useRemoveSecondFactor, useRenewRecoveryCodes, useSecondFactorStatus } from '../api/second-factor.ts';
import { RecoveryCodesList } from './recovery-codes.tsx';
import { SecondFactorSetup } from './second-factor-setup.tsx';

const ui = da.secondFactor.ui;
const codeCheck = (values: { code: string }) => ({
  code: /^\d{6}$/.test(values.code.trim()) ? undefined : da.secondFactor.errors.codeFormat,
});

/** New recovery codes, or turning the factor off: each for a current code from the app. */
function ManageForms({ required, onCodes }: { required: boolean; onCodes: (codes: string[]) => void }) {
  const renew = useFormSubmit({
    mutation: useRenewRecoveryCodes(),
    initial: { code: '' },
    validate: codeCheck,
    toBody: (values) => ({ code: values.code.trim() }),
    resetOnSuccess: true,
    onSuccess: (answer) => onCodes(answer.recoveryCodes),
  });
  const remove = useFormSubmit({
    mutation: useRemoveSecondFactor(),
    initial: { code: '' },
    validate: codeCheck,
    toBody: (values) => ({ code: values.code.trim() }),
    resetOnSuccess: true,
  });
  return (
    <>
      <FormShell form={renew} label={ui.renew} inline submitLabel={ui.renew}>
        <TextField label={ui.currentCodeLabel} inputMode="numeric" {...renew.field('code')} />
      </FormShell>
      {required ? null : (
        <FormShell
          form={remove}
          label={ui.remove}
          inline
          submitLabel={ui.remove}
          submitClassName="button button--danger"
        >
          <TextField label={ui.currentCodeLabel} inputMode="numeric" {...remove.field('code')} />
        </FormShell>
      )}
    </>
  );
}

/** "Totrinsbekræftelse" under Min konto: its state, the set-up, new recovery codes, turning it off. */
export function SecondFactorSection({ onContinue }: { onContinue?: () => void }) {
  const status = useSecondFactorStatus();
  const [codes, setCodes] = useState<string[] | null>(null);
  // Where the factor was required, the rest of the app opens only when the codes are put away.
  if (codes && onContinue) {
    return (
      <section aria-labelledby="second-factor-title" className="second-factor">
        <h2 id="second-factor-title">{ui.enabled}</h2>
        <RecoveryCodesList codes={codes} />
        <button type="button" className="button" onClick={onContinue}>
          {ui.continue}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="second-factor-title" className="second-factor">
      <h2 id="second-factor-title">{ui.sectionTitle}</h2>
      {status.isError ? <QueryError error={status.error} /> : null}
      {codes ? <RecoveryCodesList codes={codes} /> : null}
      {status.data?.enabled ? (
        <>
          <p>{fill(ui.statusOn, { left: String(status.data.recoveryCodesLeft) })}</p>
          <ManageForms required={status.data.required} onCodes={setCodes} />
        </>
      ) : status.data ? (
        codes ? null : (
          <>
            <p>{status.data.required ? ui.requiredIntro : ui.statusOff}</p>
            <SecondFactorSetup onEnabled={setCodes} />
          </>
        )
      ) : null}
    </section>
  );
}
