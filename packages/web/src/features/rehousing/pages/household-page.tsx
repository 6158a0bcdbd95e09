import { da, formatDate } from '@helhed/core';
import { useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useEraseHousehold } from '../api/erase-household.ts';
import { householdExportUrl } from '../api/export-household.ts';
import { useHousehold } from '../api/get-household.ts';
import { AnswerForm, MoveForm, OfferForm, VoidForm } from '../components/event-forms.tsx';
import { FollowupPanel } from '../components/followup-panel.tsx';
import { HistoryTable } from '../components/history-table.tsx';
import { HouseholdEditForm } from '../components/household-edit-form.tsx';
import { LetterPanel } from '../components/letter-panel.tsx';
import { RehousingNav, useIsLeader } from '../components/rehousing-nav.tsx';
import type { HouseholdDetail } from '../types.ts';

const ui = da.rehousingUi;
const f = ui.fields;

function Facts({ detail }: { detail: HouseholdDetail }) {
  const h = detail.household;
  const rows: Array<[string, string]> = [
    [f.status, h.status ? da.rehousing.status[h.status] : ui.noValue],
    [ui.phase, h.phaseName],
    [f.contactInfo, h.contactInfo ?? ui.noValue],
    [
      f.persons,
      `${h.adults} ${f.adults.toLowerCase()}, ${h.children0to5} ${f.children0to5.toLowerCase()}, ${h.children6to17} ${f.children6to17.toLowerCase()}`,
    ],
    [f.currentAddress, h.currentAddress ?? ui.noValue],
    [f.rehousingType, da.rehousing.rehousingType[h.rehousingType]],
    [f.wishAreas, h.wishAreas ?? ui.noValue],
    [f.wishRooms, h.wishRooms === null ? ui.noValue : String(h.wishRooms)],
    [f.wishFloor, h.wishFloor ?? ui.noValue],
    [f.wishPets, h.wishPets ? ui.yes : ui.no],
    [f.wishAccessible, h.wishAccessible ? ui.yes : ui.no],
    [
      f.specialNeeds,
      h.specialNeeds
        ? `${h.specialNeeds} (${f.specialNeedsConsentOn.toLowerCase()} ${formatDate(h.specialNeedsConsentOn ?? '')})`
        : ui.noValue,
    ],
    [f.responsible, h.responsibleName ?? ui.noValue],
    [f.team, h.teamName],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div className="facts__row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EraseButton({ id }: { id: string }) {
  const erase = useEraseHousehold(id);
  return (
    <>
      {erase.isError ? <Alert tone="error">{errorMessage(erase.error)}</Alert> : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (window.confirm(ui.eraseConfirm)) erase.mutate();
        }}
      >
        {ui.erase}
      </button>
    </>
  );
}

function HouseholdView({ detail }: { detail: HouseholdDetail }) {
  const isLeader = useIsLeader();
  const h = detail.household;
  const offers = detail.events.filter((e) => e.type === 'offer_made' && !e.voided);
  // Offers still open: no answer or withdrawal recorded (and not voided) for them.
  const answered = new Set(
    detail.events.filter((e) => e.offerId && e.type !== 'offer_made' && !e.voided).map((e) => e.offerId),
  );
  const openOffers = offers.filter((o) => !answered.has(o.id));
  const closed = h.status === 'moved' || h.status === 'returned';
  const erased = h.erasedAt !== null;
  return (
    <>
      {erased ? <Alert tone="info">{ui.erased}</Alert> : null}
      <section className="panel">
        <Facts detail={detail} />
        {erased ? null : <HouseholdEditForm key={JSON.stringify(h)} household={h} />}
        <p className="rehousing-exports">
          <a className="button button--secondary" href={householdExportUrl(h.id)} download>
            {ui.exportHousehold}
          </a>
          {isLeader && !erased ? <EraseButton id={h.id} /> : null}
        </p>
      </section>
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{ui.history}</h2>
        <HistoryTable events={detail.events} />
      </section>
      {erased ? null : (
        <>
          <section className="panel" aria-labelledby="actions-title">
            <h2 id="actions-title">{ui.actions}</h2>
            <div className="rehousing-actions">
              {closed ? null : <OfferForm householdId={h.id} />}
              {openOffers.length > 0 && !closed ? (
                <AnswerForm key={openOffers.map((o) => o.id).join()} householdId={h.id} offers={openOffers} />
              ) : null}
              {h.status === 'accepted' || h.status === 'moved' ? (
                <MoveForm key={h.status} detail={detail} />
              ) : null}
              <VoidForm key={detail.events.length} householdId={h.id} events={detail.events} />
            </div>
          </section>
          <section className="panel" aria-labelledby="letter-title">
            <h2 id="letter-title">{ui.letter}</h2>
            <LetterPanel key={offers.length} householdId={h.id} offers={offers} />
          </section>
          <section className="panel" aria-labelledby="followup-title">
            <h2 id="followup-title">{ui.followup}</h2>
            <FollowupPanel detail={detail} />
          </section>
        </>
      )}
    </>
  );
}

export function HouseholdPage() {
  const { id = '' } = useParams();
  const household = useHousehold(id);
  return (
    <Page title={household.data?.household.contactName ?? ui.households}>
      <RehousingNav />
      {household.isPending ? <Loading /> : null}
      {household.isError ? <QueryError error={household.error} onRetry={() => household.refetch()} /> : null}
      {household.data ? <HouseholdView detail={household.data} /> : null}
    </Page>
  );
}
