import { da, formatDate } from '@helhed/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useRegistrationOptions } from '../api/get-options.ts';
import { useParticipant } from '../api/get-participant.ts';
import { caseColumns } from '../components/case-columns.tsx';
import { CaseForm } from '../components/case-form.tsx';
import { MergeSection } from '../components/merge-section.tsx';
import {
  ConsentSection,
  PersonFacts,
  RightsSection,
  ShareSection,
} from '../components/participant-sections.tsx';
import { ReferralCorrection, ReferralRevisions } from '../components/referral-correction.tsx';
import { ReferralForm } from '../components/referral-form.tsx';
import { useIsLeader } from '../components/registration-gate.tsx';
import { RegistrationItemPage } from '../components/registration-page.tsx';
import type { CaseSummary, ParticipantDetail, Referral } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;

const REFERRAL_COLUMNS: Column<Referral>[] = [
  { key: 'date', header: r.fields.referredOn, rowHeader: true, render: (x) => formatDate(x.referredOn) },
  {
    key: 'source',
    header: r.fields.source,
    render: (x) =>
      x.sourceOther ? `${r.referralSources[x.source]}: ${x.sourceOther}` : r.referralSources[x.source],
  },
  { key: 'activity', header: r.fields.activity, render: (x) => x.activityName },
  { key: 'reason', header: r.fields.reason, render: (x) => x.reason ?? ui.noValue },
  { key: 'decision', header: r.fields.decision, render: (x) => r.decisions[x.decision] },
];
/** With "Ret" on each referral, while the participant is not erased. */
const CORRECTABLE_REFERRAL_COLUMNS: Column<Referral>[] = [
  ...REFERRAL_COLUMNS,
  { key: 'correct', header: r.fields.change, render: (x) => <ReferralCorrection referral={x} /> },
];

const CASE_COLUMNS: Column<CaseSummary>[] = [
  {
    key: 'activity',
    header: r.fields.activity,
    rowHeader: true,
    sortValue: (c) => c.activityName,
    render: (c) => <Link to={`/forloeb/${c.id}`}>{c.activityName}</Link>,
  },
  caseColumns.start,
  caseColumns.status,
  {
    key: 'outcome',
    header: r.fields.outcome,
    sortValue: (c) => c.outcome,
    render: (c) => (c.outcome ? `${r.outcomes[c.outcome]} (${formatDate(c.endedOn ?? '')})` : ui.noValue),
  },
  caseColumns.responsible,
];

function Details({ participant }: { participant: ParticipantDetail }) {
  const options = useRegistrationOptions();
  const isLeader = useIsLeader();
  const can = useCan();
  const active = !participant.erasedAt;
  return (
    <>
      <section className="panel" aria-labelledby="person-title">
        <h2 id="person-title">{ui.personSection}</h2>
        <PersonFacts participant={participant} />
      </section>
      <ConsentSection participant={participant} />
      <section className="panel" aria-labelledby="referrals-title">
        <h2 id="referrals-title">{ui.referralsSection}</h2>
        <DataTable
          caption={ui.referralsSection}
          columns={active ? CORRECTABLE_REFERRAL_COLUMNS : REFERRAL_COLUMNS}
          rows={participant.referrals}
          rowKey={(x) => x.id}
          emptyText={ui.noReferrals}
        />
        <ReferralRevisions revisions={participant.referralRevisions} />
        {active && options.data ? (
          <ReferralForm participantId={participant.id} options={options.data} />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="cases-title">
        <h2 id="cases-title">{ui.casesSection}</h2>
        <DataTable
          caption={ui.casesSection}
          columns={CASE_COLUMNS}
          rows={participant.cases}
          rowKey={(c) => c.id}
          emptyText={ui.noCases}
        />
        {active && options.data ? (
          <CaseForm
            key={participant.referrals.length}
            options={options.data}
            participantId={participant.id}
            referrals={participant.referrals}
          />
        ) : null}
      </section>
      {active && options.data ? <ShareSection participant={participant} options={options.data} /> : null}
      {can('registration.merge') ? <MergeSection participant={participant} /> : null}
      <RightsSection participant={participant} isLeader={isLeader} />
    </>
  );
}

export function ParticipantPage() {
  return (
    <RegistrationItemPage
      title={ui.participantTitle}
      back={{ to: '/deltagere', label: da.nav.participants }}
      useItem={useParticipant}
    >
      {(data) => <Details participant={data} />}
    </RegistrationItemPage>
  );
}
