import { da } from '@helhed/core';
import type { FormEvent } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { byName, choicesOf } from '../../../lib/form.ts';
import { useFormState } from '../../../lib/use-form-state.ts';
import { useRegistrationOptions } from '../api/get-options.ts';
import type { ParticipantFilter } from '../api/get-participants.ts';

const r = da.registration;
const ui = da.registrationUi;
type Filters = Record<ParticipantFilter, string>;

const STATUS_OPTIONS = [
  { value: '', label: da.web.anyValue },
  ...Object.entries(ui.participantStatuses).map(([value, label]) => ({ value, label })),
];

type Props = {
  initial: Filters;
  serverErrors: Partial<Record<string, string>>;
  onSearch: (filters: Filters) => void;
};

/** The participant list's search: name or birth year, and filters by area, team, activity and status. */
export function ParticipantSearchForm({ initial, serverErrors, onSearch }: Props) {
  const options = useRegistrationOptions();
  const form = useFormState<Filters>(initial);
  const field = (key: ParticipantFilter) => ({ ...form.field(key), error: serverErrors[key] });
  const { areas = [], teams = [], activities = [] } = options.data ?? {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...form.values, q: form.values.q.trim(), birthYear: form.values.birthYear.trim() });
  }

  function handleReset() {
    const empty = Object.fromEntries(Object.keys(form.values).map((key) => [key, ''])) as Filters;
    form.setValues(empty);
    onSearch(empty);
  }

  return (
    <search aria-label={ui.participantSearch}>
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit}>
        <div className="form__grid form__grid--search">
          <TextField
            label={ui.participantSearchText}
            hint={ui.participantSearchHint}
            type="search"
            autoComplete="off"
            {...field('q')}
          />
          <TextField label={r.fields.birthYear} inputMode="numeric" {...field('birthYear')} />
          <SelectField
            label={r.fields.area}
            options={choicesOf(da.web.anyValue, areas, byName)}
            {...field('areaId')}
          />
          <SelectField
            label={r.fields.team}
            options={choicesOf(da.web.anyValue, teams, byName)}
            {...field('teamId')}
          />
          <SelectField
            label={r.fields.activity}
            options={choicesOf(da.web.anyValue, activities, byName)}
            {...field('activityId')}
          />
          <SelectField label={ui.participantStatus} options={STATUS_OPTIONS} {...field('status')} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {da.web.search}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={handleReset}>
            {da.web.clearSearch}
          </button>
        </div>
      </form>
    </search>
  );
}
