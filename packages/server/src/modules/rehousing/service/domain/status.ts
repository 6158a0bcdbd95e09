import type { HouseholdStatus, TableCell } from '../../contract/vocabularies.ts';
import { byOccurrence, cellOf, type HouseholdEvent, type MoveKind } from './events.ts';

/** Why a history is impossible; `reason` is a key of da.rehousing.history (Danish text). */
export type HistoryProblem =
  | 'notRegistered'
  | 'registeredTwice'
  | 'householdClosed'
  | 'offerUnknown'
  | 'offerNotOpen'
  | 'offerExpired'
  | 'otherOfferAccepted'
  | 'moveWithoutAcceptance'
  | 'alreadyMoved'
  | 'returnWithoutTemporaryMove'
  | 'voidUnknown';

export class HistoryError extends Error {
  constructor(
    readonly reason: HistoryProblem,
    readonly eventId: string,
  ) {
    super(`${reason} (${eventId})`);
  }
}

type OfferState = 'open' | 'accepted' | 'declined' | 'withdrawn' | 'expired' | 'used';

interface Replay {
  registered: boolean;
  offers: Map<string, OfferState>;
  everDeclined: boolean;
  move: MoveKind | null;
  returned: boolean;
}

/** The events that count: every `voided` event and the event it cancels are left out. */
export function effectiveEvents(events: readonly HouseholdEvent[]): HouseholdEvent[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const cancelled = new Set<string>();
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (event.type !== 'voided') continue;
    const target = event.voidsEventId ? byId.get(event.voidsEventId) : undefined;
    if (
      !target ||
      target.type === 'voided' ||
      target.householdId !== event.householdId ||
      cancelled.has(target.id)
    ) {
      throw new HistoryError('voidUnknown', event.id);
    }
    cancelled.add(target.id);
  }
  return events.filter((event) => event.type !== 'voided' && !cancelled.has(event.id));
}

function apply(state: Replay, event: HouseholdEvent): void {
  const fail = (reason: HistoryProblem) => {
    throw new HistoryError(reason, event.id);
  };
  if (event.type === 'registered') {
    if (state.registered) fail('registeredTwice');
    state.registered = true;
    return;
  }
  if (!state.registered) fail('notRegistered');
  const closed = state.move !== null;
  const offer = event.offerId ? state.offers.get(event.offerId) : undefined;
  const mustBeOpen = () => {
    if (offer === 'expired') fail('offerExpired');
    if (offer !== 'open') fail('offerNotOpen');
  };
  switch (event.type) {
    case 'offer_made':
      if (closed) fail('householdClosed');
      state.offers.set(event.id, 'open');
      return;
    case 'offer_accepted':
      if (!event.offerId || offer === undefined) fail('offerUnknown');
      mustBeOpen();
      if ([...state.offers.values()].includes('accepted')) fail('otherOfferAccepted');
      state.offers.set(event.offerId as string, 'accepted');
      return;
    case 'offer_declined':
      if (!event.offerId || offer === undefined) fail('offerUnknown');
      mustBeOpen();
      state.offers.set(event.offerId as string, 'declined');
      state.everDeclined = true;
      return;
    case 'offer_withdrawn':
      if (!event.offerId || offer === undefined) fail('offerUnknown');
      if (offer !== 'accepted') mustBeOpen();
      state.offers.set(event.offerId as string, 'withdrawn');
      return;
    case 'offer_expired':
      // The deadline passed with the offer still open. An answer dated on or before the deadline
      // (recorded later) came first, or the offer itself was voided: then it changes nothing.
      if (!event.offerId) fail('offerUnknown');
      if (offer === 'open') state.offers.set(event.offerId as string, 'expired');
      return;
    case 'moved': {
      if (closed) fail('alreadyMoved');
      const acceptedId = [...state.offers].find(([, s]) => s === 'accepted')?.[0];
      if (!acceptedId || (event.offerId && event.offerId !== acceptedId)) fail('moveWithoutAcceptance');
      state.offers.set(acceptedId as string, 'used');
      // Any other open offer ends with the move.
      for (const [id, s] of state.offers) if (s === 'open') state.offers.set(id, 'withdrawn');
      state.move = event.moveKind === 'temporary' ? 'temporary' : 'permanent';
      return;
    }
    case 'returned':
      if (state.move !== 'temporary' || state.returned) fail('returnWithoutTemporaryMove');
      state.returned = true;
      return;
  }
}

function statusOf(state: Replay): HouseholdStatus {
  if (state.returned) return 'returned';
  if (state.move) return 'moved';
  const offers = [...state.offers.values()];
  if (offers.includes('accepted')) return 'accepted';
  if (offers.includes('open')) return 'offered';
  return state.everDeclined ? 'declined' : 'waiting';
}

/**
 * The status of every household registered on or before `date`, from the full event history.
 * The whole history is checked first (also events after the date), so an impossible history is
 * rejected with a HistoryError whatever the date asked for.
 */
export function statusAsOf(events: readonly HouseholdEvent[], date: string): Map<string, HouseholdStatus> {
  const effective = effectiveEvents(events).sort(byOccurrence);
  const states = new Map<string, Replay>();
  const asOf = new Map<string, HouseholdStatus>();
  const stateOf = (id: string) => {
    let state = states.get(id);
    if (!state) {
      state = { registered: false, offers: new Map(), everDeclined: false, move: null, returned: false };
      states.set(id, state);
    }
    return state;
  };
  for (const event of effective) {
    const state = stateOf(event.householdId);
    apply(state, event);
    if (event.occurredOn <= date) asOf.set(event.householdId, statusOf(state));
  }
  return asOf;
}

/** Throws the first HistoryError of an impossible history; returns quietly otherwise. */
export function checkHistory(events: readonly HouseholdEvent[]): void {
  statusAsOf(events, '9999-12-31');
}

export type StatusTable = Record<TableCell, number> & { total: number };

/** The committee table on `date`: households per cell; the cells add up to `total`. */
export function tableAsOf(events: readonly HouseholdEvent[], date: string): StatusTable {
  const table: StatusTable = { moved: 0, offered: 0, declined: 0, waiting: 0, total: 0 };
  for (const status of statusAsOf(events, date).values()) {
    table[cellOf(status)] += 1;
    table.total += 1;
  }
  return table;
}
