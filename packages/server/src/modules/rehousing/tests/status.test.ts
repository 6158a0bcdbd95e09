import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../contract/vocabularies.ts';
import { fixtureEvents } from '../seed/fixture-events.ts';
import { FLYTTEHJAELP_CHECKS, FLYTTEHJAELP_HOUSEHOLDS } from '../seed/flyttehjaelp-2012.ts';
import type { HouseholdEvent } from '../service/domain/events.ts';
import { HistoryError, statusAsOf, tableAsOf } from '../service/domain/status.ts';

const events = fixtureEvents(FLYTTEHJAELP_HOUSEHOLDS);

describe('the 2012 committee table (seed 001)', () => {
  it.each(FLYTTEHJAELP_CHECKS)('as of $date', (check) => {
    const { moved, offered, declined, waiting } = check;
    expect(tableAsOf(events, check.date)).toEqual({
      moved,
      offered,
      declined,
      waiting,
      total: moved + offered + declined + waiting,
    });
  });

  it('counts a family that declined and got a new open offer as offered', () => {
    expect(statusAsOf(events, '2012-03-05').get('08')).toBe('declined');
    expect(statusAsOf(events, '2012-04-11').get('08')).toBe('offered');
  });

  it('leaves out a voided offer at every date', () => {
    expect(statusAsOf(events, '2012-01-10').get('20')).toBe('waiting');
  });

  it('counts nobody before they are registered', () => {
    expect(tableAsOf(events, '2011-08-31').total).toBe(0);
  });
});

describe('impossible histories are rejected', () => {
  const base = (type: HouseholdEvent['type'], extra: Partial<HouseholdEvent> = {}, seq = 2) =>
    ({ id: `e${seq}`, householdId: 'h', type, occurredOn: '2024-02-01', seq, ...extra }) as HouseholdEvent;
  const registered = base('registered', { occurredOn: '2024-01-01' }, 1);
  const reject = (list: HouseholdEvent[], reason: string) => {
    try {
      statusAsOf(list, '2030-01-01');
    } catch (error) {
      expect(error).toBeInstanceOf(HistoryError);
      expect((error as HistoryError).reason).toBe(reason);
      return;
    }
    throw new Error('accepted an impossible history');
  };

  it('accepting an offer that does not exist', () => {
    reject([registered, base('offer_accepted', { offerId: 'nope' })], 'offerUnknown');
  });
  it('moving without an accepted offer', () => {
    reject(
      [registered, base('offer_made'), base('moved', { moveKind: 'permanent' }, 3)],
      'moveWithoutAcceptance',
    );
  });
  it('answering an offer twice', () => {
    const offer = base('offer_made');
    reject(
      [
        registered,
        offer,
        base('offer_declined', { offerId: 'e2' }, 3),
        base('offer_accepted', { offerId: 'e2' }, 4),
      ],
      'offerNotOpen',
    );
  });
  it('returning after a permanent move', () => {
    reject(
      [
        registered,
        base('offer_made'),
        base('offer_accepted', { offerId: 'e2' }, 3),
        base('moved', { moveKind: 'permanent' }, 4),
        base('returned', {}, 5),
      ],
      'returnWithoutTemporaryMove',
    );
  });
  it('an event before registration', () => {
    reject([base('offer_made', { occurredOn: '2023-12-01' }), registered], 'notRegistered');
  });
});

describe('an offer past its deadline (offer_expired, issue 17)', () => {
  const at = (id: string, type: HouseholdEvent['type'], occurredOn: string, seq: number, offerId?: string) =>
    ({ id, householdId: 'h', type, occurredOn, seq, offerId }) as HouseholdEvent;
  const registered = at('r', 'registered', '2024-01-01', 1);
  const offer = at('o', 'offer_made', '2024-02-01', 2);
  const expiry = at('x', 'offer_expired', '2024-02-15', 3, 'o');

  it('is no longer in play from the day it expired: the household waits again', () => {
    const list = [registered, offer, expiry];
    expect(statusAsOf(list, '2024-02-14').get('h')).toBe('offered');
    expect(statusAsOf(list, '2024-02-15').get('h')).toBe('waiting');
    expect(tableAsOf(list, '2024-03-01')).toMatchObject({ offered: 0, waiting: 1 });
  });
  it('keeps a family that declined before as declined', () => {
    const declined = [
      registered,
      at('o0', 'offer_made', '2024-01-10', 2),
      at('d', 'offer_declined', '2024-01-12', 3, 'o0'),
    ];
    const list = [...declined, { ...offer, seq: 4 }, { ...expiry, seq: 5 }];
    expect(statusAsOf(list, '2024-03-01').get('h')).toBe('declined');
  });
  it('cannot be answered after it expired (the expiry must be voided first)', () => {
    for (const type of ['offer_accepted', 'offer_declined', 'offer_withdrawn'] as const) {
      expect(() =>
        statusAsOf([registered, offer, expiry, at('a', type, '2024-02-20', 4, 'o')], '2030-01-01'),
      ).toThrow(expect.objectContaining({ reason: 'offerExpired' }));
    }
    const voided = { ...at('v', 'voided', '2024-02-20', 4), voidsEventId: 'x' };
    const list = [registered, offer, expiry, voided, at('a', 'offer_accepted', '2024-02-20', 5, 'o')];
    expect(statusAsOf(list, '2030-01-01').get('h')).toBe('accepted');
  });
  it('changes nothing after an answer dated before it, or when the offer itself was voided', () => {
    const answered = [registered, offer, expiry, at('a', 'offer_accepted', '2024-02-10', 4, 'o')];
    expect(statusAsOf(answered, '2030-01-01').get('h')).toBe('accepted');
    const voidedOffer = [
      registered,
      offer,
      expiry,
      { ...at('v', 'voided', '2024-02-20', 4), voidsEventId: 'o' },
    ];
    expect(statusAsOf(voidedOffer, '2030-01-01').get('h')).toBe('waiting');
  });
});

// Random histories over a few households: whatever the sequence, either it is rejected as a whole
// with a HistoryError, or every day's table adds up to the households registered by that day.
const dateArb = fc.integer({ min: 0, max: 60 }).map((day) => {
  const date = new Date(Date.UTC(2024, 0, 1 + day));
  return date.toISOString().slice(0, 10);
});
const eventArb = fc.record({
  household: fc.integer({ min: 0, max: 4 }),
  type: fc.constantFrom(...EVENT_TYPES),
  occurredOn: dateArb,
  target: fc.nat(40),
  moveKind: fc.constantFrom('temporary' as const, 'permanent' as const),
});

function build(
  raw: Array<{
    household: number;
    type: HouseholdEvent['type'];
    occurredOn: string;
    target: number;
    moveKind: 'temporary' | 'permanent';
  }>,
) {
  const list: HouseholdEvent[] = [];
  raw.forEach((r, index) => {
    const householdId = `h${r.household}`;
    const own = list.filter((e) => e.householdId === householdId);
    const pick = own.length > 0 ? own[r.target % own.length] : undefined;
    const offers = own.filter((e) => e.type === 'offer_made');
    const offer = offers.length > 0 ? offers[r.target % offers.length] : undefined;
    list.push({
      id: `e${index}`,
      householdId,
      type: r.type,
      occurredOn: r.occurredOn,
      seq: index,
      offerId: offer?.id ?? (r.target % 3 === 0 ? 'missing' : null),
      moveKind: r.moveKind,
      voidsEventId: pick?.id ?? null,
    });
  });
  return list;
}

describe('property: cells always add up', () => {
  it('for any random event sequence and any date', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), dateArb, (raw, date) => {
        const list = build(raw);
        let table: ReturnType<typeof tableAsOf>;
        try {
          table = tableAsOf(list, date);
        } catch (error) {
          expect(error).toBeInstanceOf(HistoryError);
          return;
        }
        accepted += 1;
        const registeredBy = new Set(statusAsOf(list, date).keys());
        expect(table.moved + table.offered + table.declined + table.waiting).toBe(table.total);
        expect(table.total).toBe(registeredBy.size);
        // Every household with an effective registration on or before the date is counted once.
        const ids = new Set(list.map((e) => e.householdId));
        expect(table.total).toBeLessThanOrEqual(ids.size);
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('for valid histories built step by step, the table on the last day counts every household', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('offer', 'accept', 'decline', 'move'), { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (steps, households) => {
          const list: HouseholdEvent[] = [];
          let seq = 0;
          for (let h = 0; h < households; h++) {
            list.push({
              id: `r${h}`,
              householdId: `h${h}`,
              type: 'registered',
              occurredOn: '2024-01-01',
              seq: seq++,
            });
          }
          steps.forEach((step, index) => {
            const h = `h${index % households}`;
            const candidate: HouseholdEvent[] = [...list];
            const offer = [...list].reverse().find((e) => e.householdId === h && e.type === 'offer_made');
            const type = {
              offer: 'offer_made',
              accept: 'offer_accepted',
              decline: 'offer_declined',
              move: 'moved',
            }[step] as HouseholdEvent['type'];
            candidate.push({
              id: `s${index}`,
              householdId: h,
              type,
              occurredOn: '2024-02-01',
              seq: seq++,
              offerId: offer?.id ?? null,
              moveKind: 'permanent',
            });
            try {
              statusAsOf(candidate, '2024-12-31');
              list.splice(0, list.length, ...candidate);
            } catch (error) {
              expect(error).toBeInstanceOf(HistoryError);
            }
          });
          const table = tableAsOf(list, '2024-12-31');
          expect(table.total).toBe(households);
          expect(table.moved + table.offered + table.declined + table.waiting).toBe(households);
        },
      ),
    );
  });
});
