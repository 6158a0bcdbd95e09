import { da, fill } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { FormState } from '../../../lib/use-form-state.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateMilestone } from '../api/create-milestone.ts';
import { useUpdateMilestone } from '../api/update-milestone.ts';
import type { Milestone, MilestoneList, ResponsibleList } from '../types.ts';

const m = da.milestones;

type Values = {
  subAgreementId: string;
  activityId: string;
  dueOn: string;
  text: string;
  responsibleUserId: string;
};

function check(values: Values) {
  const required = da.validation.required;
  return {
    subAgreementId: values.subAgreementId ? undefined : m.errors.unknownSubAgreement,
    dueOn: values.dueOn ? undefined : required,
    text: values.text.trim() ? undefined : required,
    responsibleUserId: values.responsibleUserId ? undefined : m.errors.unknownResponsible,
  };
}

type FieldsProps = {
  list: MilestoneList;
  responsibles: ResponsibleList['users'];
  form: Pick<FormState<Values>, 'values' | 'field' | 'setValues'>;
};

/** The five fields of a milestone; the activities offered are the chosen delaftale's. */
function MilestoneFields({ list, responsibles, form }: FieldsProps) {
  const { values, field, setValues } = form;
  const chosen = list.subAgreements.find((s) => s.id === values.subAgreementId);
  const subAgreement = field('subAgreementId');
  return (
    <div className="form__grid">
      <SelectField
        label={m.fields.subAgreement}
        options={[
          { value: '', label: m.chooseSubAgreement },
          ...list.subAgreements.map((s) => ({ value: s.id, label: s.name })),
        ]}
        {...subAgreement}
        onChange={(event) => {
          const value = event.target.value;
          setValues((current) => ({ ...current, subAgreementId: value, activityId: '' }));
        }}
      />
      <SelectField
        label={m.fields.activity}
        options={[
          { value: '', label: m.noActivity },
          ...(chosen?.activities ?? []).map((a) => ({ value: a.id, label: a.name })),
        ]}
        {...field('activityId')}
      />
      <TextField label={m.fields.dueOn} type="date" {...field('dueOn')} />
      <TextField label={m.fields.text} maxLength={500} {...field('text')} />
      <SelectField
        label={m.fields.responsible}
        options={[
          { value: '', label: m.chooseResponsible },
          ...responsibles.map((u) => ({ value: u.id, label: u.name })),
        ]}
        {...field('responsibleUserId')}
      />
    </div>
  );
}

type CreateProps = { list: MilestoneList; responsibles: ResponsibleList['users'] };

/** A leader adds a milestone; the form empties after each one, ready for the next. */
export function NewMilestoneForm({ list, responsibles }: CreateProps) {
  const form = useFormSubmit({
    mutation: useCreateMilestone(),
    initial: { subAgreementId: '', activityId: '', dueOn: '', text: '', responsibleUserId: '' } as Values,
    validate: check,
    clientKey: true,
    resetOnSuccess: true,
    toBody: (v, clientKey) => ({
      clientKey,
      subAgreementId: v.subAgreementId,
      activityId: v.activityId || null,
      dueOn: v.dueOn,
      text: v.text,
      responsibleUserId: v.responsibleUserId,
    }),
  });
  return (
    <FormShell
      form={form}
      title={m.ui.add}
      intro={m.ui.addIntro}
      submitLabel={m.ui.add}
      pendingLabel={m.ui.saving}
      notice={form.result ? <Alert tone="success">{m.ui.created}</Alert> : null}
    >
      <MilestoneFields list={list} responsibles={responsibles} form={form} />
    </FormShell>
  );
}

type EditProps = CreateProps & { milestone: Milestone; onDone: () => void };

/** A leader edits one milestone in place; Annuller or a save closes the form. */
export function EditMilestoneForm({ list, responsibles, milestone, onDone }: EditProps) {
  const form = useFormSubmit({
    mutation: useUpdateMilestone(),
    initial: {
      subAgreementId: milestone.subAgreementId,
      activityId: milestone.activityId ?? '',
      dueOn: milestone.dueOn,
      text: milestone.text,
      responsibleUserId: milestone.responsible.id,
    } as Values,
    validate: check,
    toBody: (v) => ({
      id: milestone.id,
      body: {
        subAgreementId: v.subAgreementId,
        activityId: v.activityId || null,
        dueOn: v.dueOn,
        text: v.text,
        responsibleUserId: v.responsibleUserId,
      },
    }),
    onSuccess: onDone,
  });
  // A responsible person who has since left stays chosen until someone else is.
  const people = responsibles.some((u) => u.id === milestone.responsible.id)
    ? responsibles
    : [...responsibles, { id: milestone.responsible.id, name: milestone.responsible.name, role: '' }];
  return (
    <FormShell
      form={form}
      heading="h3"
      title={fill(m.ui.editTitle, { text: milestone.text })}
      submitLabel={m.ui.save}
      pendingLabel={m.ui.saving}
      actions={
        <button type="button" className="button button--secondary" onClick={onDone}>
          {m.ui.cancel}
        </button>
      }
    >
      <MilestoneFields list={list} responsibles={people} form={form} />
    </FormShell>
  );
}
