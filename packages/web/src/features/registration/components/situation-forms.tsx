import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField, SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { fieldErrorsOf, optionsOf, todayInDenmark } from '../lib/form.ts';
import type { RegistrationOptions } from '../types.ts';
import { CheckboxField } from './checkbox-field.tsx';

const r = da.registration;
const ui = da.registrationUi;
type Reporter = keyof typeof r.reporters;
type Route = keyof typeof r.routes;
const REPORTERS = Object.keys(r.reporters) as Reporter[];
const ROUTES = Object.keys(r.routes) as Route[];

function TextArea(props: {
  label: string;
  hint?: string;
  name: string;
  value: string;
  error?: string | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <FormField label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <textarea
          className="input textarea"
          name={props.name}
          rows={3}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          {...control}
        />
      )}
    </FormField>
  );
}

export function SafetyContactForm({ options }: { options: RegistrationOptions }) {
  const save = useRegistrationMutation<unknown, null>('/api/v1/safety-contacts');
  const clientKey = useRef<string | null>(null);
  const empty = {
    occurredOn: todayInDenmark(),
    reportedBy: 'resident' as Reporter,
    areaId: '',
    place: '',
    situation: '',
    followUp: '',
  };
  const [values, setValues] = useState(empty);
  const [routedTo, setRoutedTo] = useState<Set<Route>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof empty, value: string) => setValues((v) => ({ ...v, [key]: value }));
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clientKey.current ??= newClientKey();
    save.mutate(
      { clientKey: clientKey.current, ...values, areaId: values.areaId || null, routedTo: [...routedTo] },
      {
        onSuccess: () => {
          clientKey.current = null;
          setValues(empty);
          setRoutedTo(new Set());
          setErrors({});
        },
        onError: (error) => setErrors(fieldErrorsOf(error)),
      },
    );
  }
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="safety-form-title">
      <h2 id="safety-form-title">{ui.newSafetyContact}</h2>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{ui.safetySaved}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={r.fields.occurredOn}
          type="date"
          name="occurredOn"
          value={values.occurredOn}
          error={errors.occurredOn}
          onChange={(e) => set('occurredOn', e.target.value)}
        />
        <SelectField
          label={ui.reportedBy}
          name="reportedBy"
          options={optionsOf(r.reporters, REPORTERS)}
          value={values.reportedBy}
          onChange={(e) => set('reportedBy', e.target.value)}
        />
        <SelectField
          label={r.fields.area}
          name="areaId"
          options={[
            { value: '', label: ui.chooseArea },
            ...options.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          value={values.areaId}
          error={errors.areaId}
          onChange={(e) => set('areaId', e.target.value)}
        />
        <TextField
          label={ui.place}
          name="place"
          value={values.place}
          error={errors.place}
          onChange={(e) => set('place', e.target.value)}
        />
      </div>
      <TextArea
        label={ui.situation}
        name="situation"
        value={values.situation}
        error={errors.situation}
        onChange={(v) => set('situation', v)}
      />
      <fieldset className="fieldset">
        <legend>{ui.routedTo}</legend>
        {ROUTES.map((route) => (
          <CheckboxField
            key={route}
            label={r.routes[route]}
            name={`route-${route}`}
            checked={routedTo.has(route)}
            onChange={(checked) =>
              setRoutedTo((current) => {
                const next = new Set(current);
                if (checked) next.add(route);
                else next.delete(route);
                return next;
              })
            }
          />
        ))}
      </fieldset>
      <TextArea
        label={ui.followUp}
        name="followUp"
        value={values.followUp}
        error={errors.followUp}
        onChange={(v) => set('followUp', v)}
      />
      <button type="submit" className="button">
        {ui.saveSafetyContact}
      </button>
    </form>
  );
}

/** "SSP: 2" per line → [{ organisation: 'SSP', count: 2 }]; a line without a number counts 1. */
function parseAttendance(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)[\s:]+(\d+)$/.exec(line);
      return match
        ? { organisation: match[1] ?? line, count: Number(match[2]) }
        : { organisation: line, count: 1 };
    });
}

export function CksMeetingForm({ options }: { options: RegistrationOptions }) {
  const save = useRegistrationMutation<unknown, null>('/api/v1/cks-meetings');
  const clientKey = useRef<string | null>(null);
  const empty = { heldOn: todayInDenmark(), areaId: '', attendance: '', agreements: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof empty, value: string) => setValues((v) => ({ ...v, [key]: value }));
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clientKey.current ??= newClientKey();
    save.mutate(
      {
        clientKey: clientKey.current,
        heldOn: values.heldOn,
        areaId: values.areaId || null,
        attendance: parseAttendance(values.attendance),
        agreements: values.agreements,
      },
      {
        onSuccess: () => {
          clientKey.current = null;
          setValues(empty);
          setErrors({});
        },
        onError: (error) => {
          const found = fieldErrorsOf(error);
          const attendanceError = Object.entries(found).find(([key]) => key.startsWith('attendance'));
          if (attendanceError) found.attendance = attendanceError[1];
          setErrors(found);
        },
      },
    );
  }
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="cks-form-title">
      <h2 id="cks-form-title">{ui.newCksMeeting}</h2>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{ui.cksSaved}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={ui.heldOnCks}
          type="date"
          name="heldOn"
          value={values.heldOn}
          error={errors.heldOn}
          onChange={(e) => set('heldOn', e.target.value)}
        />
        <SelectField
          label={r.fields.area}
          name="areaId"
          options={[
            { value: '', label: ui.chooseArea },
            ...options.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          value={values.areaId}
          onChange={(e) => set('areaId', e.target.value)}
        />
      </div>
      <TextArea
        label={ui.cksAttendance}
        hint={ui.cksAttendanceHint}
        name="attendance"
        value={values.attendance}
        error={errors.attendance}
        onChange={(v) => set('attendance', v)}
      />
      <TextArea
        label={ui.agreements}
        name="agreements"
        value={values.agreements}
        error={errors.agreements}
        onChange={(v) => set('agreements', v)}
      />
      <button type="submit" className="button">
        {ui.saveCksMeeting}
      </button>
    </form>
  );
}
