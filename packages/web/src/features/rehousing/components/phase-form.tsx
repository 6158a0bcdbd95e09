import { da } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { useCreatePhase } from '../api/create-phase.ts';
import type { PhaseKind, PhaseList } from '../types.ts';
import { AppendFormShell, useAppendForm } from './append-form.tsx';

const ui = da.rehousingUi;
const KINDS: PhaseKind[] = ['demolition', 'renovation', 'rehousing-programme'];
const EMPTY = {
  name: '',
  kind: 'demolition' as PhaseKind,
  areaId: '',
  departmentId: '',
  buildings: '',
  vacateOn: '',
  homes: '0',
};

/** A leader adds a phase (etape) of the physical plan. */
export function PhaseForm({ list }: { list: PhaseList }) {
  const form = useAppendForm(useCreatePhase(), EMPTY, (v) => ({
    name: v.name,
    kind: v.kind,
    areaId: v.areaId || null,
    departmentId: v.departmentId || null,
    buildings: v.buildings,
    vacateOn: v.vacateOn || null,
    homes: Number(v.homes),
  }));
  const { values, field } = form;
  const departments = list.departments.filter((d) => !values.areaId || d.areaId === values.areaId);
  return (
    <AppendFormShell
      form={form}
      title={ui.newPhase}
      submitLabel={ui.newPhase}
      pendingLabel={ui.saving}
      savedText={ui.phaseCreated}
    >
      <div className="form__grid">
        <TextField label={ui.fields.name} {...field('name')} />
        <SelectField
          label={ui.fields.kind}
          options={KINDS.map((k) => ({ value: k, label: da.rehousing.phaseKind[k] }))}
          {...field('kind')}
        />
        <SelectField
          label={ui.fields.area}
          options={[
            { value: '', label: ui.noValue },
            ...list.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          {...field('areaId')}
        />
        <SelectField
          label={ui.fields.department}
          options={[
            { value: '', label: ui.noValue },
            ...departments.map((d) => ({ value: d.id, label: d.name })),
          ]}
          {...field('departmentId')}
        />
        <TextField label={ui.fields.buildings} {...field('buildings')} />
        <TextField label={ui.fields.vacateOn} type="date" {...field('vacateOn')} />
        <TextField label={ui.fields.homes} type="number" min={0} {...field('homes')} />
      </div>
    </AppendFormShell>
  );
}
