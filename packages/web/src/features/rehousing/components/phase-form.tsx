import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { fieldErrorsOf } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { PhaseKind, PhaseList } from '../types.ts';

const ui = da.rehousingUi;
const KINDS: PhaseKind[] = ['demolition', 'renovation', 'rehousing-programme'];

/** A leader adds a phase (etape) of the physical plan. */
export function PhaseForm({ list }: { list: PhaseList }) {
  const save = useRehousingMutation<unknown, { id: string }>('/api/v1/rehousing/phases');
  const clientKey = useRef<string | null>(null);
  const empty = {
    name: '',
    kind: 'demolition' as PhaseKind,
    areaId: '',
    departmentId: '',
    buildings: '',
    vacateOn: '',
    homes: '0',
  };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    clientKey.current ??= newClientKey();
    setSaved(false);
    save.mutate(
      {
        clientKey: clientKey.current,
        name: values.name,
        kind: values.kind,
        areaId: values.areaId || null,
        departmentId: values.departmentId || null,
        buildings: values.buildings,
        vacateOn: values.vacateOn || null,
        homes: Number(values.homes),
      },
      {
        onSuccess: () => {
          clientKey.current = null;
          setValues(empty);
          setErrors({});
          setSaved(true);
        },
        onError: (error) => setErrors(fieldErrorsOf(error)),
      },
    );
  }

  const departments = list.departments.filter((d) => !values.areaId || d.areaId === values.areaId);
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="phase-form-title">
      <h3 id="phase-form-title">{ui.newPhase}</h3>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {saved ? <Alert tone="success">{ui.phaseCreated}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={ui.fields.name}
          name="name"
          value={values.name}
          error={errors.name}
          onChange={set('name')}
        />
        <SelectField
          label={ui.fields.kind}
          name="kind"
          options={KINDS.map((k) => ({ value: k, label: da.rehousing.phaseKind[k] }))}
          value={values.kind}
          onChange={set('kind')}
        />
        <SelectField
          label={ui.fields.area}
          name="areaId"
          options={[
            { value: '', label: ui.noValue },
            ...list.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          value={values.areaId}
          error={errors.areaId}
          onChange={set('areaId')}
        />
        <SelectField
          label={ui.fields.department}
          name="departmentId"
          options={[
            { value: '', label: ui.noValue },
            ...departments.map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={values.departmentId}
          error={errors.departmentId}
          onChange={set('departmentId')}
        />
        <TextField
          label={ui.fields.buildings}
          name="buildings"
          value={values.buildings}
          onChange={set('buildings')}
        />
        <TextField
          label={ui.fields.vacateOn}
          type="date"
          name="vacateOn"
          value={values.vacateOn}
          error={errors.vacateOn}
          onChange={set('vacateOn')}
        />
        <TextField
          label={ui.fields.homes}
          type="number"
          name="homes"
          min={0}
          value={values.homes}
          error={errors.homes}
          onChange={set('homes')}
        />
      </div>
      <button type="submit" className="button" aria-disabled={save.isPending}>
        {save.isPending ? ui.saving : ui.newPhase}
      </button>
    </form>
  );
}
