import { da, fill, formatDate } from '@helhed/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { SelectField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Facts } from '../../../components/ui/facts.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { choicesOf, todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useEraseParticipant } from '../api/erase-participant.ts';
import { participantExportUrls } from '../api/export-participant.ts';
import { useShareParticipant } from '../api/share-participant.ts';
import { useWithdrawConsent } from '../api/withdraw-consent.ts';
import type { ParticipantDetail, RegistrationOptions } from '../types.ts';

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
  return <Facts rows={rows} />;
}

export function ConsentSection({ participant }: { participant: ParticipantDetail }) {
  const withdraw = useWithdrawConsent(participant.id);
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
            {c.fromMerge ? <p>{da.merge.ui.consentFromMerge}</p> : null}
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
  const form = useFormSubmit({
    mutation: useShareParticipant(participant.id),
    initial: { userId: '' },
    ready: (v) => v.userId !== '',
    toBody: (v) => v,
    resetOnSuccess: true,
  });
  const candidates = options.colleagues.filter(
    (c) => c.teamId !== participant.teamId && !participant.shares.some((s) => s.userId === c.id),
  );
  return (
    <section className="panel" aria-labelledby="share-title">
      <h2 id="share-title">{ui.shareSection}</h2>
      <p>{ui.shareIntro}</p>
      {participant.shares.length > 0 ? (
        <p>{fill(ui.sharedWith, { names: participant.shares.map((s) => s.displayName).join(', ') })}</p>
      ) : null}
      <FormShell form={form} label={ui.shareSection} inline submitLabel={ui.share}>
        <SelectField
          label={ui.shareWith}
          options={choicesOf(ui.chooseColleague, candidates, (c) => c.displayName)}
          {...form.field('userId')}
        />
      </FormShell>
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
  const erase = useEraseParticipant(participant.id);
  const [confirmed, setConfirmed] = useState(false);
  const exportUrls = participantExportUrls(participant.id);
  return (
    <section className="panel" aria-labelledby="rights-title">
      <h2 id="rights-title">{ui.rightsSection}</h2>
      <p>{ui.rightsIntro}</p>
      <p className="actions">
        <a className="button button--secondary" href={exportUrls.html} target="_blank" rel="noopener">
          {ui.exportHtml}
        </a>{' '}
        <a className="button button--secondary" href={exportUrls.json} download>
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
