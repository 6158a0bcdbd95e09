import { da, fill, formatDate } from '@helhed/core';
import { useState } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { listErrorsOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import {
  useCorrectCksMeeting,
  useCorrectSafetyContact,
  useRemoveCksMeeting,
  useRemoveSafetyContact,
} from '../api/correct-situation.ts';
import type { CksMeeting, RegistrationOptions, SafetyContact } from '../types.ts';
import {
  CksMeetingFields,
  cksBody,
  cksFormValues,
  SafetyContactFields,
  safetyBody,
  safetyFormValues,
} from './situation-fields.tsx';

const c = da.situationCorrections;
const ui = da.registrationUi;

const validate = (v: { reason: string }) => ({
  reason: v.reason.trim() ? undefined : ui.correctionReasonNeeded,
});

/** "Ret" on one row, opened on demand: its forms exist only while open, so a long list has no hidden fields. */
function Correction({ label, children }: { label: string; children: () => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="correction" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={label}>{c.correct}</summary>
      {open ? children() : null}
    </details>
  );
}

/** A removal with its reason; what the record said stays in the history. */
function RemovalForm({
  mutation,
  label,
  submitLabel,
}: {
  mutation: ReturnType<typeof useRemoveSafetyContact>;
  label: string;
  submitLabel: string;
}) {
  const removal = useFormSubmit({ mutation, initial: () => ({ reason: '' }), validate, toBody: (v) => v });
  return (
    <FormShell form={removal} label={label} inline submitLabel={submitLabel} pendingLabel={ui.saving}>
      <TextField
        label={da.registration.fields.changeReason}
        autoComplete="off"
        {...removal.field('reason')}
      />
    </FormShell>
  );
}

function contactName(contact: SafetyContact) {
  return `${formatDate(contact.occurredOn)}: ${contact.situation.slice(0, 40)}`;
}

export function SafetyContactCorrection(props: { contact: SafetyContact; options: RegistrationOptions }) {
  return (
    <Correction label={fill(c.correctContactFor, { navn: contactName(props.contact) })}>
      {() => <SafetyCorrectionForms {...props} />}
    </Correction>
  );
}

function SafetyCorrectionForms({
  contact,
  options,
}: {
  contact: SafetyContact;
  options: RegistrationOptions;
}) {
  const name = contactName(contact);
  const edit = useFormSubmit({
    mutation: useCorrectSafetyContact(contact.id),
    initial: () => safetyFormValues(contact),
    validate,
    toBody: (v) => ({ ...safetyBody(v), reason: v.reason }),
  });
  return (
    <>
      <FormShell
        form={edit}
        label={fill(c.correctContactFor, { navn: name })}
        submitLabel={ui.saveCorrection}
        pendingLabel={ui.saving}
      >
        <SafetyContactFields form={edit} options={options} idPrefix={`${contact.id}-`} />
        <TextField label={da.registration.fields.changeReason} autoComplete="off" {...edit.field('reason')} />
      </FormShell>
      <RemovalForm
        mutation={useRemoveSafetyContact(contact.id)}
        label={fill(c.removeContactFor, { navn: name })}
        submitLabel={c.removeContact}
      />
    </>
  );
}

function meetingName(meeting: CksMeeting) {
  return [formatDate(meeting.heldOn), meeting.agreements?.slice(0, 40)].filter(Boolean).join(': ');
}

export function CksMeetingCorrection(props: { meeting: CksMeeting; options: RegistrationOptions }) {
  return (
    <Correction label={fill(c.correctMeetingFor, { navn: meetingName(props.meeting) })}>
      {() => <CksCorrectionForms {...props} />}
    </Correction>
  );
}

function CksCorrectionForms({ meeting, options }: { meeting: CksMeeting; options: RegistrationOptions }) {
  const name = meetingName(meeting);
  const edit = useFormSubmit({
    mutation: useCorrectCksMeeting(meeting.id),
    initial: () => cksFormValues(meeting),
    validate,
    toBody: (v) => ({ ...cksBody(v), reason: v.reason }),
    errorsOf: (error) => listErrorsOf(error, 'attendance'),
  });
  return (
    <>
      <FormShell
        form={edit}
        label={fill(c.correctMeetingFor, { navn: name })}
        submitLabel={ui.saveCorrection}
        pendingLabel={ui.saving}
      >
        <CksMeetingFields form={edit} options={options} />
        <TextField label={da.registration.fields.changeReason} autoComplete="off" {...edit.field('reason')} />
      </FormShell>
      <RemovalForm
        mutation={useRemoveCksMeeting(meeting.id)}
        label={fill(c.removeMeetingFor, { navn: name })}
        submitLabel={c.removeMeeting}
      />
    </>
  );
}
