import { da, formatDate } from '@helhed/core';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { todayInDenmark } from '../../registration/lib/form.ts';
import type { HouseholdDetail, HouseholdEvent } from '../types.ts';
import { AppendFormShell } from './append-form.tsx';
import { REHOUSING_TYPES } from './household-fields.tsx';
import { useAppendForm } from './use-event-form.ts';

const ui = da.rehousingUi;
const f = ui.fields;

const eventsPath = (householdId: string) => `/api/v1/rehousing/households/${householdId}/events`;

export function offerLabel(offer: HouseholdEvent): string {
  return `${offer.organisation ?? ''}${offer.departmentName ? `, ${offer.departmentName}` : ''} (${formatDate(offer.occurredOn)})`;
}

export function OfferForm({ householdId }: { householdId: string }) {
  const form = useAppendForm(eventsPath(householdId), {
    occurredOn: todayInDenmark(),
    organisation: '',
    departmentName: '',
    address: '',
    rooms: '',
    rentKr: '',
    answerDeadline: '',
  });
  const { field } = form;
  return (
    <AppendFormShell
      form={form}
      titleId="offer-form-title"
      title={ui.makeOffer}
      submitLabel={ui.makeOffer}
      onSubmit={(e) =>
        form.submit(e, (v) => ({
          ...v,
          type: 'offer_made',
          rooms: v.rooms ? Number(v.rooms) : null,
          rentKr: v.rentKr ? Number(v.rentKr.replace(',', '.')) : null,
        }))
      }
    >
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
  const form = useAppendForm(eventsPath(householdId), {
    occurredOn: todayInDenmark(),
    offerId: offers.at(-1)?.id ?? '',
    type: 'offer_accepted',
    reason: '',
  });
  const { field } = form;
  return (
    <AppendFormShell
      form={form}
      titleId="answer-form-title"
      title={ui.answer}
      submitLabel={ui.save}
      onSubmit={(e) =>
        form.submit(e, (v) => ({
          ...v,
          offerId: v.offerId || offers.at(-1)?.id,
          ...(v.type === 'offer_accepted' ? { reason: undefined } : {}),
        }))
      }
    >
      <SelectField
        label={f.offer}
        options={offers.map((o) => ({ value: o.id, label: offerLabel(o) }))}
        {...field('offerId')}
      />
      <SelectField
        label={ui.answerKind}
        name="type"
        options={[
          { value: 'offer_accepted', label: ui.accept },
          { value: 'offer_declined', label: ui.decline },
          { value: 'offer_withdrawn', label: da.rehousing.eventType.offer_withdrawn },
        ]}
        value={form.values.type}
        onChange={form.set('type')}
      />
      <TextField label={f.occurredOn} type="date" {...field('occurredOn')} />
      <TextField label={f.reason} {...field('reason')} />
    </AppendFormShell>
  );
}

export function MoveForm({ detail }: { detail: HouseholdDetail }) {
  const moved = detail.household.status === 'moved';
  const form = useAppendForm(eventsPath(detail.household.id), {
    occurredOn: todayInDenmark(),
    moveKind: detail.household.rehousingType as string,
    returnExpectedOn: '',
  });
  const { values, field } = form;
  return (
    <AppendFormShell
      form={form}
      titleId="move-form-title"
      title={moved ? ui.returned : ui.move}
      submitLabel={ui.save}
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
      <TextField label={f.occurredOn} type="date" {...field('occurredOn')} />
      {moved ? null : (
        <>
          <SelectField
            label={f.moveKind}
            name="moveKind"
            options={REHOUSING_TYPES}
            value={values.moveKind}
            onChange={form.set('moveKind')}
          />
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
  const form = useAppendForm(eventsPath(householdId), {
    occurredOn: todayInDenmark(),
    voidsEventId: candidates.at(-1)?.id ?? '',
    reason: '',
  });
  const { field } = form;
  return (
    <AppendFormShell
      form={form}
      titleId="void-form-title"
      title={ui.correction}
      submitLabel={ui.correction}
      buttonClassName="button button--secondary"
      onSubmit={(e) => form.submit(e, (v) => ({ ...v, type: 'voided' }))}
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
