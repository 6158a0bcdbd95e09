import { da } from '@helhed/core';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { byName, choicesOf, optionsOf, todayInDenmark } from '../../../lib/form.ts';
import type { FormState } from '../../../lib/use-form-state.ts';
import type { CksMeeting, RegistrationOptions, SafetyContact } from '../types.ts';

// The fields of a tryghed contact and of a CKS meeting, shared by the forms that create them and the
// forms that correct them (which add a reason).

const r = da.registration;
const ui = da.registrationUi;
type Reporter = keyof typeof r.reporters;
type Route = keyof typeof r.routes;
const REPORTERS = Object.keys(r.reporters) as Reporter[];
const ROUTES = Object.keys(r.routes) as Route[];

export type SafetyFormValues = {
  occurredOn: string;
  reportedBy: Reporter;
  areaId: string;
  place: string;
  situation: string;
  followUp: string;
  followedUpOn: string;
  routedTo: Route[];
  reason: string;
};

/** A contact's values in the form; a new contact starts today, reported by a resident. */
export function safetyFormValues(c?: SafetyContact): SafetyFormValues {
  return {
    occurredOn: c?.occurredOn ?? todayInDenmark(),
    reportedBy: c?.reportedBy ?? 'resident',
    areaId: c?.areaId ?? '',
    place: c?.place ?? '',
    situation: c?.situation ?? '',
    followUp: c?.followUp ?? '',
    followedUpOn: c?.followedUpOn ?? '',
    routedTo: c ? [...c.routedTo] : [],
    reason: '',
  };
}

/** The request's fields: an empty area or follow-up date is none. */
export function safetyBody({ reason: _reason, ...v }: SafetyFormValues) {
  return { ...v, areaId: v.areaId || null, followedUpOn: v.followedUpOn || null };
}

type FieldsProps<V> = { form: FormState<V>; options: RegistrationOptions; idPrefix?: string };

export function SafetyContactFields({ form, options, idPrefix = '' }: FieldsProps<SafetyFormValues>) {
  const toggleRoute = (route: Route, checked: boolean) =>
    form.set(
      'routedTo',
      checked ? [...form.values.routedTo, route] : form.values.routedTo.filter((x) => x !== route),
    );
  return (
    <>
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
            name={`${idPrefix}route-${route}`}
            checked={form.values.routedTo.includes(route)}
            onChange={(checked) => toggleRoute(route, checked)}
          />
        ))}
      </fieldset>
      <TextareaField label={ui.followUp} rows={3} {...form.field('followUp')} />
      <TextField label={da.situationCorrections.followedUpOn} type="date" {...form.field('followedUpOn')} />
    </>
  );
}

export type CksFormValues = {
  heldOn: string;
  areaId: string;
  attendance: string;
  agreements: string;
  reason: string;
};

export function cksFormValues(m?: CksMeeting): CksFormValues {
  return {
    heldOn: m?.heldOn ?? todayInDenmark(),
    areaId: m?.areaId ?? '',
    attendance: (m?.attendance ?? []).map((a) => `${a.organisation}: ${a.count}`).join('\n'),
    agreements: m?.agreements ?? '',
    reason: '',
  };
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

export function cksBody(v: CksFormValues) {
  return {
    heldOn: v.heldOn,
    areaId: v.areaId || null,
    attendance: parseAttendance(v.attendance),
    agreements: v.agreements,
  };
}

export function CksMeetingFields({ form, options }: FieldsProps<CksFormValues>) {
  return (
    <>
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
    </>
  );
}
