import type { HouseholdEvent } from '../service/domain/events.ts';
import type { FixtureHousehold } from './flyttehjaelp-2012.ts';

/**
 * One fixture household's history as plain events (ids are stable, e.g. "07:offer:a"), in the
 * order a worker would record them. Used by the pure tests and by the demo loader, which records
 * the same steps through the service.
 */
export function fixtureEvents(households: readonly FixtureHousehold[], householdId = (key: string) => key) {
  const events: HouseholdEvent[] = [];
  let seq = 0;
  for (const h of households) {
    const id = householdId(h.key);
    const push = (event: Omit<HouseholdEvent, 'seq' | 'householdId'>) =>
      events.push({ ...event, householdId: id, seq: ++seq });
    push({ id: `${h.key}:registered`, type: 'registered', occurredOn: h.registeredOn });
    let lastOffer: string | null = null;
    for (const step of h.events) {
      const [type, occurredOn] = step;
      if (type === 'offer_made') {
        lastOffer = `${h.key}:offer:${step[2]}`;
        push({ id: lastOffer, type, occurredOn });
      } else if (type === 'moved') {
        push({ id: `${h.key}:moved`, type, occurredOn, moveKind: step[2] });
      } else if (type === 'void_last_offer') {
        push({ id: `${h.key}:void:${lastOffer}`, type: 'voided', occurredOn, voidsEventId: lastOffer });
      } else {
        push({ id: `${h.key}:${type}:${step[2]}`, type, occurredOn, offerId: `${h.key}:offer:${step[2]}` });
      }
    }
  }
  return events;
}
