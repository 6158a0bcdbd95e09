import { da, formatDate } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { useAddEvent } from '../api/add-event.ts';
import type { HouseholdDetail, HouseholdEvent } from '../types.ts';
import { AppendFormShell, useAppendForm } from './append-form.tsx';
import { REHOUSING_TYPES } from './household-fields.tsx';

const ui = da.rehousingUi;
const f = ui.fields;

export function offerLabel(offer: HouseholdEvent): string {
  return `${offer.organisation ?? ''}${offer.departmentName ? `, ${offer.departmentName}` : ''} (${formatDate(offer.occurredOn)})`;
}

export function OfferForm({ householdId }: { householdId: string }) {
  const form = useAppendForm(
    useAddEvent(householdId),
    {
      occurredOn: todayInDenmark(),
      organisation: '',
      departmentName: '',
      address: '',
      rooms: '',
      rentKr: '',
      answerDeadline: '',
    },
    (v) => ({
      ...v,
      type: 'offer_made',
      rooms: v.rooms ? Number(v.rooms) : null,
      rentKr: v.rentKr ? Number(v.rentKr.replace(',', '.')) : null,
    }),
  );
  const { field } = form;
  return (
    <AppendFormShell form={form} title={ui.makeOffer} submitLabel={ui.makeOffer}>
      <TextField label={f.occurredOn} type="date" {...field('occurredOn')} />
      <TextField label={f.organisation} {...field('organisation')} />
      <TextField label={f.offerDepartment} {...field('departmentName')} />
      <TextField label={f.offerAddress} {...field('address')} />
      <TextField label={f.rooms} type="number" min={1} max={10} {...field('rooms')} />
      <TextField label={f.rentKr} inputMode="decimal" {...field('rentKr')} />
      <TextField label={f.answerDeadline} type="date" {...field('answerDeadline')} />
    </AppendFormShell>
  );
}

export function AnswerForm({ householdId, offers }: { householdId: string; offers: HouseholdEvent[] }) {
  const form = useAppendForm(
    useAddEvent(householdId),
    { occurredOn: todayInDenmark(), offerId: offers.at(-1)?.id ?? '', type: 'offer_accepted', reason: '' },
    (v) => ({
      ...v,
      offerId: v.offerId || offers.at(-1)?.id,
      ...(v.type === 'offer_accepted' ? { reason: undefined } : {}),
    }),
  );
  const { field } = form;
  return (
    <AppendFormShell form={form} title={ui.answer} submitLabel={ui.save}>
      <SelectField
        label={f.offer}
        options={offers.map((o) => ({ value: o.id, label: offerLabel(o) }))}
        {...field('offerId')}
      />
      <SelectField
        label={ui.answerKind}
        options={[
          { value: 'offer_accepted', label: ui.accept },
          { value: 'offer_declined', label: ui.decline },
          { value: 'offer_withdrawn', label: da.rehousing.eventType.offer_withdrawn },
        ]}
        {...field('type')}
      />
      <TextField label={f.occurredOn} type="date" {...field('occurredOn')} />
      <TextField label={f.reason} {...field('reason')} />
    </AppendFormShell>
  );
}

export function MoveForm({ detail }: { detail: HouseholdDetail }) {
  const moved = detail.household.status === 'moved';
  const form = useAppendForm(
    useAddEvent(detail.household.id),
    {
      occurredOn: todayInDenmark(),
      moveKind: detail.household.rehousingType as string,
      returnExpectedOn: '',
    },
    (v) =>
      moved
        ? { type: 'returned', occurredOn: v.occurredOn }
        : {
            type: 'moved',
            occurredOn: v.occurredOn,
            moveKind: v.moveKind,
            returnExpectedOn: v.returnExpectedOn || null,
          },
  );
  const { values, field } = form;
  return (
    <AppendFormShell form={form} title={moved ? ui.returned : ui.move} submitLabel={ui.save}>
      <TextField label={f.occurredOn} type="date" {...field('occurredOn')} />
      {moved ? null : (
        <>
          <SelectField label={f.moveKind} options={REHOUSING_TYPES} {...field('moveKind')} />
          {values.moveKind === 'temporary' ? (
            <TextField label={f.returnExpectedOn} type="date" {...field('returnExpectedOn')} />
          ) : null}
        </>
      )}
    </AppendFormShell>
  );
}

export function VoidForm({ householdId, events }: { householdId: string; events: HouseholdEvent[] }) {
  const candidates = events.filter((e) => e.type !== 'voided' && !e.voided);
  const form = useAppendForm(
    useAddEvent(householdId),
    { occurredOn: todayInDenmark(), voidsEventId: candidates.at(-1)?.id ?? '', reason: '' },
    (v) => ({ ...v, type: 'voided' }),
  );
  const { field } = form;
  return (
    <AppendFormShell
      form={form}
      title={ui.correction}
      submitLabel={ui.correction}
      submitClassName="button button--secondary"
    >
      <SelectField
        label={f.voidsEvent}
        options={candidates.map((e) => ({
          value: e.id,
          label: `${da.rehousing.eventType[e.type]} ${formatDate(e.occurredOn)}`,
        }))}
        {...field('voidsEventId')}
      />
      <TextField label={f.reason} {...field('reason')} />
    </AppendFormShell>
  );
}
