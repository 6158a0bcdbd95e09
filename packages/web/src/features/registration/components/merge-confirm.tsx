import { type ConsentPurposes, da, fill, narrowConsent, narrowedPurposes } from '@helhed/core';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useParticipant } from '../api/get-participant.ts';
import { useMergeParticipants } from '../api/merge-participants.ts';
import type { Consent, ParticipantDetail } from '../types.ts';

const m = da.merge.ui;

/** The consent in force: the newest by the day given, the later recorded of one day (list order). */
function current(consents: Consent[]): ConsentPurposes {
  const newest = consents.reduce<Consent | null>((a, c) => (a && a.givenOn > c.givenOn ? a : c), null);
  const live = newest !== null && newest.withdrawnOn === null;
  return {
    forRegistration: live,
    forStatistics: live && (newest?.forStatistics ?? false),
    forPartnerContact: live && (newest?.forPartnerContact ?? false),
    partnerNames: newest?.partnerNames ?? null,
  };
}

type Props = {
  kept: ParticipantDetail;
  duplicateId: string;
  onCancel: () => void;
  onMerged: (name: string) => void;
};

/** What moves, the consent that results (narrowed purposes named), a reason, then the merge. */
export function MergeConfirm({ kept, duplicateId, onCancel, onMerged }: Props) {
  const duplicate = useParticipant(duplicateId);
  const merge = useFormSubmit({
    mutation: useMergeParticipants(kept.id),
    initial: { reason: '' },
    validate: (v) => (v.reason.trim() ? {} : { reason: da.registration.errors.required }),
    toBody: (v) => ({ duplicateId, reason: v.reason.trim() }),
    onSuccess: () => onMerged(duplicate.data?.displayName ?? ''),
  });
  const other = duplicate.data;
  if (!other) return <p role="status">{duplicate.isError ? da.errors.notFound : da.web.loading}</p>;
  const before = current(kept.consents);
  const after = narrowConsent(before, current(other.consents));
  const lost = narrowedPurposes(before, after);
  const name = other.displayName ?? '';
  const yesNo = (purpose: 'forRegistration' | 'forStatistics' | 'forPartnerContact') =>
    fill(after[purpose] ? m.purposeAllowed : m.purposeNotAllowed, { purpose: da.merge.purposes[purpose] });
  return (
    <>
      <p>
        <strong>{fill(m.chosen, { name })}</strong>{' '}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </p>
      <h3>{fill(m.moves, { name })}</h3>
      <p>
        {fill(m.movesCounts, {
          cases: String(other.cases.length),
          referrals: String(other.referrals.length),
          shares: String(other.shares.length),
        })}
      </p>
      <h3>{m.consentTitle}</h3>
      <p>{m.consentIntro}</p>
      <ul>
        <li>{yesNo('forRegistration')}</li>
        <li>{yesNo('forStatistics')}</li>
        <li>{yesNo('forPartnerContact')}</li>
        {after.partnerNames ? <li>{fill(m.partners, { partners: after.partnerNames })}</li> : null}
      </ul>
      <div aria-live="polite">
        {lost.purposes.length > 0 ? (
          <p data-testid="merge-narrowed">
            {fill(m.narrowed, { purposes: lost.purposes.map((p) => da.merge.purposes[p]).join(', ') })}
          </p>
        ) : null}
        {lost.partners.length > 0 ? (
          <p>{fill(m.narrowedPartners, { partners: lost.partners.join(', ') })}</p>
        ) : null}
        {lost.purposes.length === 0 && lost.partners.length === 0 ? <p>{m.notNarrowed}</p> : null}
      </div>
      <FormShell
        form={merge}
        label={fill(m.chosen, { name })}
        submitLabel={m.submit}
        pendingLabel={m.submitting}
      >
        <TextareaField label={m.reason} hint={m.reasonHint} {...merge.field('reason')} />
      </FormShell>
    </>
  );
}
