import { da } from '@helhed/core';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { listErrorsOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateCksMeeting } from '../api/create-cks-meeting.ts';
import { useCreateSafetyContact } from '../api/create-safety-contact.ts';
import type { RegistrationOptions } from '../types.ts';
import {
  CksMeetingFields,
  cksBody,
  cksFormValues,
  SafetyContactFields,
  safetyBody,
  safetyFormValues,
} from './situation-fields.tsx';

const ui = da.registrationUi;

export function SafetyContactForm({ options }: { options: RegistrationOptions }) {
  const form = useFormSubmit({
    mutation: useCreateSafetyContact(),
    initial: () => safetyFormValues(),
    clientKey: true,
    toBody: (v, clientKey) => ({ clientKey, ...safetyBody(v) }),
    resetOnSuccess: true,
  });
  return (
    <FormShell
      form={form}
      title={ui.newSafetyContact}
      submitLabel={ui.saveSafetyContact}
      notice={form.result ? <Alert tone="success">{ui.safetySaved}</Alert> : null}
    >
      <SafetyContactFields form={form} options={options} />
    </FormShell>
  );
}

export function CksMeetingForm({ options }: { options: RegistrationOptions }) {
  const form = useFormSubmit({
    mutation: useCreateCksMeeting(),
    initial: () => cksFormValues(),
    clientKey: true,
    toBody: (v, clientKey) => ({ clientKey, ...cksBody(v) }),
    errorsOf: (error) => listErrorsOf(error, 'attendance'),
    resetOnSuccess: true,
  });
  return (
    <FormShell
      form={form}
      title={ui.newCksMeeting}
      submitLabel={ui.saveCksMeeting}
      notice={form.result ? <Alert tone="success">{ui.cksSaved}</Alert> : null}
    >
      <CksMeetingFields form={form} options={options} />
    </FormShell>
  );
}
