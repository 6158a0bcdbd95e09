import { da } from '@helhed/core';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { byName, choicesOf, listErrorsOf, optionsOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateCksMeeting } from '../api/create-cks-meeting.ts';
import { useCreateSafetyContact } from '../api/create-safety-contact.ts';
import type { RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
type Reporter = keyof typeof r.reporters;
type Route = keyof typeof r.routes;
const REPORTERS = Object.keys(r.reporters) as Reporter[];
const ROUTES = Object.keys(r.routes) as Route[];

export function SafetyContactForm({ options }: { options: RegistrationOptions }) {
  const form = useFormSubmit({
    mutation: useCreateSafetyContact(),
    initial: () => ({
      occurredOn: todayInDenmark(),
      reportedBy: 'resident' as Reporter,
      areaId: '',
      place: '',
      situation: '',
      followUp: '',
      routedTo: [] as Route[],
    }),
    clientKey: true,
    toBody: (v, clientKey) => ({ clientKey, ...v, areaId: v.areaId || null }),
    resetOnSuccess: true,
  });
  const toggleRoute = (route: Route, checked: boolean) =>
    form.set(
      'routedTo',
      checked ? [...form.values.routedTo, route] : form.values.routedTo.filter((x) => x !== route),
    );
  return (
    <FormShell
      form={form}
      title={ui.newSafetyContact}
      submitLabel={ui.saveSafetyContact}
      notice={form.result ? <Alert tone="success">{ui.safetySaved}</Alert> : null}
    >
      <div className="form__grid">
        <TextField label={r.fields.occurredOn} type="date" {...form.field('occurredOn')} />
        <SelectField
          label={ui.reportedBy}
          options={optionsOf(r.reporters, REPORTERS)}
          {...form.field('reportedBy')}
        />
        <SelectField
          label={r.fields.area}
          options={choicesOf(ui.chooseArea, options.areas, byName)}
          {...form.field('areaId')}
        />
        <TextField label={ui.place} {...form.field('place')} />
      </div>
      <TextareaField label={ui.situation} rows={3} {...form.field('situation')} />
      <fieldset className="fieldset">
        <legend>{ui.routedTo}</legend>
        {ROUTES.map((route) => (
          <CheckboxField
            key={route}
            label={r.routes[route]}
            name={`route-${route}`}
            checked={form.values.routedTo.includes(route)}
            onChange={(checked) => toggleRoute(route, checked)}
          />
        ))}
      </fieldset>
      <TextareaField label={ui.followUp} rows={3} {...form.field('followUp')} />
    </FormShell>
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
  const form = useFormSubmit({
    mutation: useCreateCksMeeting(),
    initial: () => ({ heldOn: todayInDenmark(), areaId: '', attendance: '', agreements: '' }),
    clientKey: true,
    toBody: (v, clientKey) => ({
      clientKey,
      heldOn: v.heldOn,
      areaId: v.areaId || null,
      attendance: parseAttendance(v.attendance),
      agreements: v.agreements,
    }),
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
      <div className="form__grid">
        <TextField label={ui.heldOnCks} type="date" {...form.field('heldOn')} />
        <SelectField
          label={r.fields.area}
          options={choicesOf(ui.chooseArea, options.areas, byName)}
          {...form.field('areaId')}
        />
      </div>
      <TextareaField
        label={ui.cksAttendance}
        hint={ui.cksAttendanceHint}
        rows={3}
        {...form.field('attendance')}
      />
      <TextareaField label={ui.agreements} rows={3} {...form.field('agreements')} />
    </FormShell>
  );
}
