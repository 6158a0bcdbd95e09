import { da } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { byName, choicesOf, optionsOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useAddReferral } from '../api/add-referral.ts';
import type { Decision, ReferralSource, RegistrationOptions } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const SOURCES = Object.keys(r.referralSources) as ReferralSource[];
const DECISIONS: Decision[] = ['pending', 'accepted', 'declined'];

const empty = () => ({
  source: 'jobcenter' as ReferralSource,
  sourceOther: '',
  referredOn: todayInDenmark(),
  reason: '',
  activityId: '',
  decision: 'accepted' as Decision,
});

export function ReferralForm({
  participantId,
  options,
}: {
  participantId: string;
  options: RegistrationOptions;
}) {
  const form = useFormSubmit({
    mutation: useAddReferral(participantId),
    initial: empty,
    validate: (v) => ({ activityId: v.activityId ? undefined : r.errors.unknownActivity }),
    clientKey: true,
    toBody: (v, clientKey) => ({ clientKey, ...v }),
    resetOnSuccess: true,
  });

  return (
    <FormShell
      form={form}
      title={ui.newReferral}
      heading="h3"
      submitLabel={ui.saveReferral}
      pendingLabel={ui.saving}
      notice={form.result ? <Alert tone="success">{ui.referralSaved}</Alert> : null}
    >
      <div className="form__grid">
        <SelectField
          label={r.fields.source}
          options={optionsOf(r.referralSources, SOURCES)}
          {...form.field('source')}
        />
        {form.values.source === 'other' ? (
          <TextField label={r.fields.sourceOther} {...form.field('sourceOther')} />
        ) : null}
        <TextField label={r.fields.referredOn} type="date" {...form.field('referredOn')} />
        <SelectField
          label={r.fields.activity}
          options={choicesOf(ui.chooseActivity, options.activities, byName)}
          {...form.field('activityId')}
        />
        <TextField label={r.fields.reason} {...form.field('reason')} />
        <SelectField
          label={r.fields.decision}
          options={optionsOf(r.decisions, DECISIONS)}
          {...form.field('decision')}
        />
      </div>
    </FormShell>
  );
}
