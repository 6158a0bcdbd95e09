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
import { useAppendForm } from './use-event-form.ts';

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
  const { values, set, errors } = form;
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
      <form
        className="form"
        noValidate
        aria-labelledby="followup-form-title"
        onSubmit={(e) =>
          form.submit(e, (v) => ({ ...v, connection: v.kind === 'connection' ? v.connection : null }))
        }
      >
        <h3 id="followup-form-title">{ui.addFollowup}</h3>
        {form.save.isError ? <Alert tone="error">{errorMessage(form.save.error)}</Alert> : null}
        {form.saved ? <Alert tone="success">{ui.saved}</Alert> : null}
        <div className="form__grid">
          <TextField
            label={f.occurredOn}
            type="date"
            name="followupOn"
            value={values.occurredOn}
            error={errors.occurredOn}
            onChange={set('occurredOn')}
          />
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
              name="connection"
              options={Object.entries(connections).map(([value, label]) => ({ value, label }))}
              value={values.connection}
              error={errors.connection}
              onChange={set('connection')}
            />
          ) : null}
        </div>
        <TextField
          label={f.note}
          name="followupNote"
          autoComplete="off"
          value={values.note}
          error={errors.note}
          onChange={set('note')}
        />
        <button type="submit" className="button">
          {ui.addFollowup}
        </button>
      </form>
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
  const errors = fieldErrorsOf(save.error);
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
        name="activityId"
        options={activities.map((a) => ({ value: a.id, label: a.name }))}
        value={values.activityId}
        error={errors.activityId}
        onChange={(e) => setValues((v) => ({ ...v, activityId: e.target.value }))}
      />
      <div className="form__grid">
        <TextField
          label={f.occurredOn}
          type="date"
          name="referredOn"
          value={values.referredOn}
          error={errors.referredOn}
          onChange={(e) => setValues((v) => ({ ...v, referredOn: e.target.value }))}
        />
        <TextField
          label={f.consentGivenOn}
          type="date"
          name="consentGivenOn"
          value={values.consentGivenOn}
          error={errors.consentGivenOn}
          onChange={(e) => setValues((v) => ({ ...v, consentGivenOn: e.target.value }))}
        />
      </div>
      <TextField
        label={f.reason}
        name="referralReason"
        value={values.reason}
        error={errors.reason}
        onChange={(e) => setValues((v) => ({ ...v, reason: e.target.value }))}
      />
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
