import { da, formatDate } from '@helhed/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useRegistrationOptions } from '../../registration/api/registration-api.ts';
import { CheckboxField } from '../../registration/components/checkbox-field.tsx';
import { fieldErrorsOf, todayInDenmark } from '../../registration/lib/form.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { HouseholdDetail } from '../types.ts';
import { AppendFormShell } from './append-form.tsx';
import { bindField, useAppendForm } from './use-event-form.ts';

const ui = da.rehousingUi;
const f = ui.fields;
const kinds = da.rehousing.followup.kind;
const connections = da.rehousing.followup.connection;

/** The brobygger's contacts, connections to local offers and closing assessment after a move. */
export function FollowupPanel({ detail }: { detail: HouseholdDetail }) {
  const id = detail.household.id;
  const form = useAppendForm(`/api/v1/rehousing/households/${id}/followups`, {
    occurredOn: todayInDenmark(),
    kind: 'contact',
    connection: 'fritidsliv',
    note: '',
  });
  const { values, set, field } = form;
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
      <AppendFormShell
        form={form}
        titleId="followup-form-title"
        title={ui.addFollowup}
        submitLabel={ui.addFollowup}
        onSubmit={(e) =>
          form.submit(e, (v) => ({ ...v, connection: v.kind === 'connection' ? v.connection : null }))
        }
      >
        <div className="form__grid">
          <TextField label={f.occurredOn} type="date" {...field('occurredOn', 'followupOn')} />
          <SelectField
            label={f.followupKind}
            name="followupKind"
            options={Object.entries(kinds).map(([value, label]) => ({ value, label }))}
            value={values.kind}
            onChange={set('kind')}
          />
          {values.kind === 'connection' ? (
            <SelectField
              label={f.connection}
              options={Object.entries(connections).map(([value, label]) => ({ value, label }))}
              {...field('connection')}
            />
          ) : null}
        </div>
        <TextField label={f.note} autoComplete="off" {...field('note', 'followupNote')} />
      </AppendFormShell>
      <ReferralForm householdId={id} participantId={detail.household.participantId} />
    </>
  );
}

function ReferralForm({ householdId, participantId }: { householdId: string; participantId: string | null }) {
  const options = useRegistrationOptions();
  const save = useRehousingMutation<unknown, { participantId: string }>(
    `/api/v1/rehousing/households/${householdId}/referrals`,
  );
  const [values, setValues] = useState({
    activityId: '',
    referredOn: todayInDenmark(),
    consentGivenOn: todayInDenmark(),
    reason: '',
    forStatistics: true,
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const field = bindField(values, fieldErrorsOf(save.error), set);
  const activities = options.data?.activities ?? [];
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="referral-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          ...values,
          activityId: values.activityId || activities[0]?.id,
          clientKey: newClientKey(),
        });
      }}
    >
      <h3 id="referral-form-title">{ui.referral}</h3>
      <p className="rehousing-note">{ui.referralHint}</p>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {save.data ? <Alert tone="success">{ui.referralDone}</Alert> : null}
      <SelectField
        label={f.activity}
        options={activities.map((a) => ({ value: a.id, label: a.name }))}
        {...field('activityId')}
      />
      <div className="form__grid">
        <TextField label={f.occurredOn} type="date" {...field('referredOn')} />
        <TextField label={f.consentGivenOn} type="date" {...field('consentGivenOn')} />
      </div>
      <TextField label={f.reason} {...field('reason', 'referralReason')} />
      <CheckboxField
        label={f.forStatistics}
        name="forStatistics"
        checked={values.forStatistics}
        onChange={(c) => setValues((v) => ({ ...v, forStatistics: c }))}
      />
      <button type="submit" className="button button--secondary">
        {ui.referral}
      </button>
      {(save.data?.participantId ?? participantId) ? (
        <p>
          <Link to={`/deltagere/${save.data?.participantId ?? participantId}`}>{ui.openParticipant}</Link>
        </p>
      ) : null}
    </form>
  );
}
