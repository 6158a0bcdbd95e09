import { da } from '@helhed/core';
import { useNavigate } from 'react-router';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { byName, choicesOf, listErrorsOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateCase } from '../api/create-case.ts';
import type { Referral, RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

type CaseFormProps = {
  options: RegistrationOptions;
  /** Without a participant the forløb is an anonymous count and asks for an area. */
  participantId?: string;
  referrals?: Referral[];
};

/** Starts a forløb with its agreed goals (one per line), then opens it. */
export function CaseForm({ options, participantId, referrals = [] }: CaseFormProps) {
  const navigate = useNavigate();
  const accepted = referrals.find((x) => x.decision === 'accepted');
  const form = useFormSubmit({
    mutation: useCreateCase(),
    initial: () => ({
      activityId: accepted?.activityId ?? '',
      referralId: accepted?.id ?? '',
      areaId: '',
      startedOn: todayInDenmark(),
      goals: '',
      agreedAt: '',
    }),
    validate: (v) => ({ activityId: v.activityId ? undefined : r.errors.unknownActivity }),
    clientKey: true,
    toBody: (v, clientKey) => ({
      clientKey,
      participantId: participantId ?? null,
      referralId: v.referralId || null,
      activityId: v.activityId,
      areaId: v.areaId || null,
      startedOn: v.startedOn,
      goals: v.goals
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((text) => ({ text, agreedOn: v.startedOn, agreedAt: v.agreedAt })),
    }),
    errorsOf: (error) => listErrorsOf(error, 'goals'),
    onSuccess: (created) => navigate(`/forloeb/${created.id}`),
  });

  return (
    <FormShell
      form={form}
      title={participantId ? ui.startCaseTitle : ui.newAnonymousCase}
      heading="h3"
      intro={participantId ? null : ui.anonymousIntro}
      submitLabel={ui.startCase}
      pendingLabel={ui.saving}
    >
      <div className="form__grid">
        <SelectField
          label={r.fields.activity}
          options={choicesOf(ui.chooseActivity, options.activities, byName)}
          {...form.field('activityId')}
        />
        {referrals.length > 0 ? (
          <SelectField
            label={da.registrationUi.referralsSection}
            options={[
              { value: '', label: ui.noValue },
              ...referrals.map((x) => ({
                value: x.id,
                label: `${r.referralSources[x.source]} – ${x.activityName}`,
              })),
            ]}
            {...form.field('referralId')}
          />
        ) : null}
        {participantId ? null : (
          <SelectField
            label={r.fields.area}
            options={choicesOf(ui.chooseArea, options.areas, byName)}
            {...form.field('areaId')}
          />
        )}
        <TextField label={r.fields.startedOn} type="date" {...form.field('startedOn')} />
      </div>
      <TextareaField label={ui.goalsLabel} hint={ui.goalsHint} rows={4} {...form.field('goals')} />
      <TextField label={ui.agreedAtLabel} {...form.field('agreedAt')} />
    </FormShell>
  );
}
