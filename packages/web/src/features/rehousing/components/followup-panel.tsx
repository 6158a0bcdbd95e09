import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useRegistrationOptions } from '../../registration/api/get-options.ts';
import { useAddFollowup } from '../api/add-followup.ts';
import { useCreateReferral } from '../api/create-referral.ts';
import type { HouseholdDetail } from '../types.ts';
import { AppendFormShell, useAppendForm } from './append-form.tsx';

const ui = da.rehousingUi;
const f = ui.fields;
const kinds = da.rehousing.followup.kind;
const connections = da.rehousing.followup.connection;

/** The brobygger's contacts, connections to local offers and closing assessment after a move. */
export function FollowupPanel({ detail }: { detail: HouseholdDetail }) {
  const id = detail.household.id;
  const form = useAppendForm(
    useAddFollowup(id),
    { occurredOn: todayInDenmark(), kind: 'contact', connection: 'fritidsliv', note: '' },
    (v) => ({ ...v, connection: v.kind === 'connection' ? v.connection : null }),
  );
  const { values, field } = form;
  return (
    <>
      {detail.followups.length === 0 ? (
        <p>{ui.noFollowups}</p>
      ) : (
        <ul data-testid="followups">
          {detail.followups.map((item) => (
            <li key={item.id}>
              {formatDate(item.occurredOn)} – {kinds[item.kind]}
              {item.connection ? ` (${connections[item.connection as keyof typeof connections]})` : ''}
              {item.note ? `: ${item.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      <AppendFormShell form={form} title={ui.addFollowup} submitLabel={ui.addFollowup}>
        <div className="form__grid">
          <TextField label={f.occurredOn} type="date" {...field('occurredOn')} name="followupOn" />
          <SelectField
            label={f.followupKind}
            options={Object.entries(kinds).map(([value, label]) => ({ value, label }))}
            {...field('kind')}
            name="followupKind"
          />
          {values.kind === 'connection' ? (
            <SelectField
              label={f.connection}
              options={Object.entries(connections).map(([value, label]) => ({ value, label }))}
              {...field('connection')}
            />
          ) : null}
        </div>
        <TextField label={f.note} autoComplete="off" {...field('note')} name="followupNote" />
      </AppendFormShell>
      <ReferralForm householdId={id} participantId={detail.household.participantId} />
    </>
  );
}

function ReferralForm({ householdId, participantId }: { householdId: string; participantId: string | null }) {
  const options = useRegistrationOptions();
  const activities = options.data?.activities ?? [];
  const form = useFormSubmit({
    mutation: useCreateReferral(householdId),
    initial: {
      activityId: '',
      referredOn: todayInDenmark(),
      consentGivenOn: todayInDenmark(),
      reason: '',
      forStatistics: true,
    },
    clientKey: true,
    toBody: (values, clientKey) => ({
      ...values,
      activityId: values.activityId || activities[0]?.id,
      clientKey,
    }),
    // The form stays filled in; the next referral is a new one.
    onSuccess: (_answer, _values, controls) => controls.renewClientKey(),
  });
  const { field } = form;
  const referred = form.result?.value.participantId ?? participantId;
  return (
    <FormShell
      form={form}
      title={ui.referral}
      heading="h3"
      intro={<span className="rehousing-note">{ui.referralHint}</span>}
      notice={form.result ? <Alert tone="success">{ui.referralDone}</Alert> : null}
      submitLabel={ui.referral}
      submitClassName="button button--secondary"
      actions={
        referred ? (
          <p>
            <Link to={`/deltagere/${referred}`}>{ui.openParticipant}</Link>
          </p>
        ) : null
      }
    >
      <SelectField
        label={f.activity}
        options={activities.map((a) => ({ value: a.id, label: a.name }))}
        {...field('activityId')}
      />
      <div className="form__grid">
        <TextField label={f.occurredOn} type="date" {...field('referredOn')} />
        <TextField label={f.consentGivenOn} type="date" {...field('consentGivenOn')} />
      </div>
      <TextField label={f.reason} {...field('reason')} name="referralReason" />
      <CheckboxField label={f.forStatistics} {...form.checkbox('forStatistics')} />
    </FormShell>
  );
}
