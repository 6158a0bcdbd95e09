/**
 * The event model of genhusning. A household's history is an append-only list of dated events; its
 * status at any date is computed from them (status.ts), never stored or typed by hand. A mistake is
 * corrected by a new `voided` event that names the event it cancels, so the full history stays.
 */
import type { EventType, HouseholdStatus, RehousingType, TableCell } from '../../contract/vocabularies.ts';

export type MoveKind = RehousingType;

export interface HouseholdEvent {
  id: string;
  householdId: string;
  type: EventType;
  /** YYYY-MM-DD: the day it happened (not the day it was typed in). */
  occurredOn: string;
  /** Recording order; breaks ties between events of the same day. */
  seq: number;
  /** offer_accepted / offer_declined / offer_withdrawn / moved: the offer_made event it answers. */
  offerId?: string | null;
  /** moved: temporary (with an expected return) or permanent. */
  moveKind?: MoveKind | null;
  /** voided: the event this one cancels. */
  voidsEventId?: string | null;
}

/**
 * How a household status falls into the committee table. The cells are mutually exclusive and
 * together hold every household registered on or before the date:
 * - moved: has moved (temporarily or permanently), including those who have since returned;
 * - offered: an offer is in play — open (not yet answered) or accepted but not yet moved into;
 * - declined: has declined at least one offer and has no offer in play now;
 * - waiting: has never declined and has no offer in play (never offered, or offers withdrawn).
 * A household that declined and then got a new offer is "offered" while that offer is open: the
 * table shows where each family stands on the day, which is the only reading under which both
 * columns of the 2012 table (26 families on 5/3, 28 on 11/4) are consistent snapshots.
 */
export function cellOf(status: HouseholdStatus): TableCell {
  switch (status) {
    case 'moved':
    case 'returned':
      return 'moved';
    case 'offered':
    case 'accepted':
      return 'offered';
    case 'declined':
      return 'declined';
    case 'waiting':
      return 'waiting';
  }
}

export function byOccurrence(a: HouseholdEvent, b: HouseholdEvent): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  return a.seq - b.seq;
}
