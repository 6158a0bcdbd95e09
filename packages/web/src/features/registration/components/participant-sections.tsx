import { da, fill, formatDate } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useRegistrationMutation } from '../api/registration-api.ts';
import { todayInDenmark } from '../lib/form.ts';
import type { ParticipantDetail, RegistrationOptions } from '../types.ts';
import { CheckboxField } from './checkbox-field.tsx';

const r = da.registration;
const ui = da.registrationUi;

export function PersonFacts({ participant: p }: { participant: ParticipantDetail }) {
  const rows: Array<[string, string]> = [
    [r.fields.displayName, p.displayName ?? r.fields.erased],
    [r.fields.birthYear, p.birthYear === null ? ui.noValue : String(p.birthYear)],
    [r.fields.gender, p.gender ? r.genders[p.gender] : ui.noValue],
    [r.fields.area, p.areaName ?? ui.noValue],
    [r.fields.department, p.departmentName ?? ui.noValue],
    [r.fields.contact, p.contact ?? ui.noValue],
    [r.fields.team, p.teamName],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ConsentSection({ participant }: { participant: ParticipantDetail }) {
  const withdraw = useRegistrationMutation<unknown, null>(
    `/api/v1/participants/${participant.id}/consent-withdrawal`,
  );
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="panel" aria-labelledby="consent-title">
      <h2 id="consent-title">{ui.consentSection}</h2>
      {participant.consents.map((c) => {
        const purposes = [
          c.forRegistration ? r.fields.consentRegistration : null,
          c.forStatistics ? r.fields.consentStatistics : null,
          c.forPartnerContact ? `${r.fields.consentPartnerContact} (${c.partnerNames ?? ''})` : null,
        ].filter(Boolean);
        return (
          <div key={c.id}>
            <p>
              {fill(ui.consentGiven, { date: formatDate(c.givenOn), name: c.recordedByName ?? ui.noValue })}
            </p>
            <p>{fill(ui.consentPurposes, { purposes: purposes.join(', ') })}</p>
            {c.withdrawnOn ? <p>{fill(ui.consentWithdrawnOn, { date: formatDate(c.withdrawnOn) })}</p> : null}
            {c.withdrawnByName ? (
              <p>{fill(da.consent.ui.consentWithdrawnBy, { name: c.withdrawnByName })}</p>
            ) : null}
          </div>
        );
      })}
      {participant.erasedAt ? null : confirming ? (
        <>
          <Alert tone="info">{ui.withdrawConfirm}</Alert>
          {withdraw.isError ? <Alert tone="error">{errorMessage(withdraw.error)}</Alert> : null}
          <button
            type="button"
            className="button button--danger"
            onClick={() => withdraw.mutate({ withdrawnOn: todayInDenmark() })}
          >
            {ui.withdrawConsent}
          </button>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {ui.withdrawConsent}
        </button>
      )}
    </section>
  );
}

export function ShareSection({
  participant,
  options,
}: {
  participant: ParticipantDetail;
  options: RegistrationOptions;
}) {
  const share = useRegistrationMutation<unknown, ParticipantDetail>(
    `/api/v1/participants/${participant.id}/shares`,
  );
  const [userId, setUserId] = useState('');
  const candidates = options.colleagues.filter(
    (c) => c.teamId !== participant.teamId && !participant.shares.some((s) => s.userId === c.id),
  );
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (userId) share.mutate({ userId }, { onSuccess: () => setUserId('') });
  }
  return (
    <section className="panel" aria-labelledby="share-title">
      <h2 id="share-title">{ui.shareSection}</h2>
      <p>{ui.shareIntro}</p>
      {participant.shares.length > 0 ? (
        <p>{fill(ui.sharedWith, { names: participant.shares.map((s) => s.displayName).join(', ') })}</p>
      ) : null}
      {share.isError ? <Alert tone="error">{errorMessage(share.error)}</Alert> : null}
      <form className="form form--inline" onSubmit={handleSubmit} aria-label={ui.shareSection}>
        <SelectField
          label={ui.shareWith}
          name="userId"
          options={[
            { value: '', label: ui.chooseColleague },
            ...candidates.map((c) => ({ value: c.id, label: c.displayName })),
          ]}
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {ui.share}
        </button>
      </form>
    </section>
  );
}

export function RightsSection({
  participant,
  isLeader,
}: {
  participant: ParticipantDetail;
  isLeader: boolean;
}) {
  const erase = useRegistrationMutation<unknown, null>(`/api/v1/participants/${participant.id}/erase`);
  const [confirmed, setConfirmed] = useState(false);
  const base = `/api/v1/participants/${participant.id}`;
  return (
    <section className="panel" aria-labelledby="rights-title">
      <h2 id="rights-title">{ui.rightsSection}</h2>
      <p>{ui.rightsIntro}</p>
      <p className="actions">
        <a className="button button--secondary" href={`${base}/export.html`} target="_blank" rel="noopener">
          {ui.exportHtml}
        </a>{' '}
        <a className="button button--secondary" href={`${base}/export`} download>
          {ui.exportJson}
        </a>
      </p>
      {erase.isSuccess ? <Alert tone="success">{ui.eraseDone}</Alert> : null}
      {erase.isError ? <Alert tone="error">{errorMessage(erase.error)}</Alert> : null}
      {isLeader && !participant.erasedAt ? (
        <>
          <CheckboxField
            label={ui.eraseConfirmLabel}
            name="confirmErase"
            checked={confirmed}
            onChange={setConfirmed}
          />
          <button
            type="button"
            className="button button--danger"
            disabled={!confirmed}
            onClick={() => erase.mutate({ confirm: true })}
          >
            {ui.erase}
          </button>
        </>
      ) : null}
      {participant.erasedAt ? <p>{ui.erased}</p> : null}
      <p>
        <Link to="/forloeb">{da.nav.cases}</Link>
      </p>
    </section>
  );
}
