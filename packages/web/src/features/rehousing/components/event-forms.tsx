import { da, formatDate } from '@helhed/core';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { todayInDenmark } from '../../registration/lib/form.ts';
import type { HouseholdDetail, HouseholdEvent } from '../types.ts';
import { useAppendForm } from './use-event-form.ts';

const ui = da.rehousingUi;
const f = ui.fields;

function Feedback({ error, saved }: { error: unknown; saved: boolean }) {
  if (error) return <Alert tone="error">{errorMessage(error)}</Alert>;
  return saved ? <Alert tone="success">{ui.saved}</Alert> : null;
}

export function offerLabel(offer: HouseholdEvent): string {
  return `${offer.organisation ?? ''}${offer.departmentName ? `, ${offer.departmentName}` : ''} (${formatDate(offer.occurredOn)})`;
}

export function OfferForm({ householdId }: { householdId: string }) {
  const form = useAppendForm(`/api/v1/rehousing/households/${householdId}/events`, {
    occurredOn: todayInDenmark(),
    organisation: '',
    departmentName: '',
    address: '',
    rooms: '',
    rentKr: '',
    answerDeadline: '',
  });
  const { values, set, errors } = form;
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="offer-form-title"
      onSubmit={(e) =>
        form.submit(e, (v) => ({
          ...v,
          type: 'offer_made',
          rooms: v.rooms ? Number(v.rooms) : null,
          rentKr: v.rentKr ? Number(v.rentKr.replace(',', '.')) : null,
        }))
      }
    >
      <h3 id="offer-form-title">{ui.makeOffer}</h3>
      <Feedback error={form.save.error} saved={form.saved} />
      <TextField
        label={f.occurredOn}
        type="date"
        name="occurredOn"
        value={values.occurredOn}
        error={errors.occurredOn}
        onChange={set('occurredOn')}
      />
      <TextField
        label={f.organisation}
        name="organisation"
        value={values.organisation}
        error={errors.organisation}
        onChange={set('organisation')}
      />
      <TextField
        label={f.offerDepartment}
        name="departmentName"
        value={values.departmentName}
        error={errors.departmentName}
        onChange={set('departmentName')}
      />
      <TextField
        label={f.offerAddress}
        name="address"
        value={values.address}
        error={errors.address}
        onChange={set('address')}
      />
      <TextField
        label={f.rooms}
        type="number"
        min={1}
        max={10}
        name="rooms"
        value={values.rooms}
        error={errors.rooms}
        onChange={set('rooms')}
      />
      <TextField
        label={f.rentKr}
        inputMode="decimal"
        name="rentKr"
        value={values.rentKr}
        error={errors.rentKr}
        onChange={set('rentKr')}
      />
      <TextField
        label={f.answerDeadline}
        type="date"
        name="answerDeadline"
        value={values.answerDeadline}
        error={errors.answerDeadline}
        onChange={set('answerDeadline')}
      />
      <button type="submit" className="button">
        {ui.makeOffer}
      </button>
    </form>
  );
}

export function AnswerForm({ householdId, offers }: { householdId: string; offers: HouseholdEvent[] }) {
  const form = useAppendForm(`/api/v1/rehousing/households/${householdId}/events`, {
    occurredOn: todayInDenmark(),
    offerId: offers.at(-1)?.id ?? '',
    type: 'offer_accepted',
    reason: '',
  });
  const { values, set, errors } = form;
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="answer-form-title"
      onSubmit={(e) =>
        form.submit(e, (v) => ({
          ...v,
          offerId: v.offerId || offers.at(-1)?.id,
          ...(v.type === 'offer_accepted' ? { reason: undefined } : {}),
        }))
      }
    >
      <h3 id="answer-form-title">{ui.answer}</h3>
      <Feedback error={form.save.error} saved={form.saved} />
      <SelectField
        label={f.offer}
        name="offerId"
        options={offers.map((o) => ({ value: o.id, label: offerLabel(o) }))}
        value={values.offerId}
        error={errors.offerId}
        onChange={set('offerId')}
      />
      <SelectField
        label={ui.answerKind}
        name="type"
        options={[
          { value: 'offer_accepted', label: ui.accept },
          { value: 'offer_declined', label: ui.decline },
          { value: 'offer_withdrawn', label: da.rehousing.eventType.offer_withdrawn },
        ]}
        value={values.type}
        onChange={set('type')}
      />
      <TextField
        label={f.occurredOn}
        type="date"
        name="occurredOn"
        value={values.occurredOn}
        error={errors.occurredOn}
        onChange={set('occurredOn')}
      />
      <TextField
        label={f.reason}
        name="reason"
        value={values.reason}
        error={errors.reason}
        onChange={set('reason')}
      />
      <button type="submit" className="button">
        {ui.save}
      </button>
    </form>
  );
}

export function MoveForm({ detail }: { detail: HouseholdDetail }) {
  const id = detail.household.id;
  const moved = detail.household.status === 'moved';
  const form = useAppendForm(`/api/v1/rehousing/households/${id}/events`, {
    occurredOn: todayInDenmark(),
    moveKind: detail.household.rehousingType as string,
    returnExpectedOn: '',
  });
  const { values, set, errors } = form;
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="move-form-title"
      onSubmit={(e) =>
        form.submit(e, (v) =>
          moved
            ? { type: 'returned', occurredOn: v.occurredOn }
            : {
                type: 'moved',
                occurredOn: v.occurredOn,
                moveKind: v.moveKind,
                returnExpectedOn: v.returnExpectedOn || null,
              },
        )
      }
    >
      <h3 id="move-form-title">{moved ? ui.returned : ui.move}</h3>
      <Feedback error={form.save.error} saved={form.saved} />
      <TextField
        label={f.occurredOn}
        type="date"
        name="occurredOn"
        value={values.occurredOn}
        error={errors.occurredOn}
        onChange={set('occurredOn')}
      />
      {moved ? null : (
        <>
          <SelectField
            label={f.moveKind}
            name="moveKind"
            options={[
              { value: 'permanent', label: da.rehousing.rehousingType.permanent },
              { value: 'temporary', label: da.rehousing.rehousingType.temporary },
            ]}
            value={values.moveKind}
            onChange={set('moveKind')}
          />
          {values.moveKind === 'temporary' ? (
            <TextField
              label={f.returnExpectedOn}
              type="date"
              name="returnExpectedOn"
              value={values.returnExpectedOn}
              error={errors.returnExpectedOn}
              onChange={set('returnExpectedOn')}
            />
          ) : null}
        </>
      )}
      <button type="submit" className="button">
        {ui.save}
      </button>
    </form>
  );
}

export function VoidForm({ householdId, events }: { householdId: string; events: HouseholdEvent[] }) {
  const candidates = events.filter((e) => e.type !== 'voided' && !e.voided);
  const form = useAppendForm(`/api/v1/rehousing/households/${householdId}/events`, {
    occurredOn: todayInDenmark(),
    voidsEventId: candidates.at(-1)?.id ?? '',
    reason: '',
  });
  const { values, set, errors } = form;
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="void-form-title"
      onSubmit={(e) => form.submit(e, (v) => ({ ...v, type: 'voided' }))}
    >
      <h3 id="void-form-title">{ui.correction}</h3>
      <Feedback error={form.save.error} saved={form.saved} />
      <SelectField
        label={f.voidsEvent}
        name="voidsEventId"
        options={candidates.map((e) => ({
          value: e.id,
          label: `${da.rehousing.eventType[e.type]} ${formatDate(e.occurredOn)}`,
        }))}
        value={values.voidsEventId}
        error={errors.voidsEventId}
        onChange={set('voidsEventId')}
      />
      <TextField
        label={f.reason}
        name="reason"
        value={values.reason}
        error={errors.reason}
        onChange={set('reason')}
      />
      <button type="submit" className="button button--secondary">
        {ui.correction}
      </button>
    </form>
  );
}
