/**
 * The 2011–2012 "Udvidet flyttehjælp" in Vollsmose and Solbakken (seed 001: the status table sent
 * to Udvalget for Boligområder og Tryg By on 16/4 2012), rebuilt as a synthetic event history.
 * Households and names are invented (no real persons); only the table's counts are facts:
 *   5/3 2012: 1 moved, 6 offered, 6 declined, 13 waiting (26 families)
 *   11/4 2012: 4 moved, 3 offered, 9 declined, 12 waiting (28 families)
 * Between the dates three offered families moved, three declined, one family that had declined got
 * a new offer (so it counts as offered again), one waiting family was offered and declined, two got
 * open offers and two new families joined. One mistaken offer is corrected by a `voided` event.
 */
export interface FixtureHousehold {
  key: string;
  contactName: string;
  adults: number;
  children: number;
  registeredOn: string;
  /** [type, date, offer key?] in order; offer keys name offer_made events within the household. */
  events: Array<
    | ['offer_made', string, string]
    | ['offer_accepted' | 'offer_declined' | 'offer_withdrawn', string, string]
    | ['moved', string, 'permanent' | 'temporary']
    | ['void_last_offer', string]
  >;
}

export const FLYTTEHJAELP_PHASE = {
  name: 'Udvidet flyttehjælp 2011–2012 (historisk eksempel)',
  kind: 'rehousing-programme',
  buildings: 'Vollsmose og Solbakken',
  vacateOn: '2012-12-31',
  homes: 28,
} as const;

export const FLYTTEHJAELP_CHECKS = [
  { date: '2012-03-05', moved: 1, offered: 6, declined: 6, waiting: 13 },
  { date: '2012-04-11', moved: 4, offered: 3, declined: 9, waiting: 12 },
] as const;

/**
 * The answer deadline the example gives an offer: the day it was answered, or, for an offer still
 * open on 11/4, the day the table went to the committee. So the offers expire (issue 17) only after
 * both dates of the table, which stays as the source has it.
 */
export function fixtureAnswerDeadline(h: FixtureHousehold, offerKey: string): string {
  const answer = h.events.find(
    (step) => step[0] !== 'offer_made' && step[0] !== 'moved' && step[2] === offerKey,
  );
  return answer?.[1] ?? '2012-04-16';
}

const DECLINE_REASONS = ['Boligen ligger for langt fra skolen', 'Huslejen er for høj', 'For få værelser'];

function household(n: number, registeredOn: string, events: FixtureHousehold['events']): FixtureHousehold {
  const key = String(n).padStart(2, '0');
  return {
    key,
    contactName: `Familie ${key} (fiktiv)`,
    adults: 1 + (n % 2),
    children: n % 4,
    registeredOn,
    events,
  };
}

const autumn = (n: number) =>
  `2011-${n < 10 ? '09' : n < 19 ? '10' : '11'}-${String(1 + (n % 9) * 3).padStart(2, '0')}`;

export const FLYTTEHJAELP_HOUSEHOLDS: FixtureHousehold[] = [
  // Moved before 5/3.
  household(1, autumn(1), [
    ['offer_made', '2011-11-01', 'a'],
    ['offer_accepted', '2011-11-15', 'a'],
    ['moved', '2012-01-15', 'permanent'],
  ]),
  // Open offers on 5/3; three accept and move before 11/4, three decline.
  ...[2, 3, 4].map((n) =>
    household(n, autumn(n), [
      ['offer_made', '2012-02-20', 'a'],
      ['offer_accepted', '2012-03-08', 'a'],
      ['moved', `2012-04-0${n}`, 'permanent'],
    ]),
  ),
  ...[5, 6, 7].map((n) =>
    household(n, autumn(n), [
      ['offer_made', '2012-02-22', 'a'],
      ['offer_declined', '2012-03-15', 'a'],
    ]),
  ),
  // Declined before 5/3; number 8 gets a new offer on 25/3 that is still open on 11/4.
  household(8, autumn(8), [
    ['offer_made', '2011-12-01', 'a'],
    ['offer_declined', '2011-12-20', 'a'],
    ['offer_made', '2012-03-25', 'b'],
  ]),
  ...[9, 10, 11, 12, 13].map((n) =>
    household(n, autumn(n), [
      ['offer_made', '2012-01-05', 'a'],
      ['offer_declined', '2012-01-25', 'a'],
    ]),
  ),
  // Waiting on 5/3: 14 is offered and declines, 15 gets an open offer, 20 had a mistaken offer.
  household(14, autumn(14), [
    ['offer_made', '2012-03-12', 'a'],
    ['offer_declined', '2012-04-02', 'a'],
  ]),
  household(15, autumn(15), [['offer_made', '2012-04-03', 'a']]),
  ...[16, 17, 18, 19].map((n) => household(n, autumn(n), [])),
  household(20, autumn(20), [
    ['offer_made', '2012-01-10', 'a'],
    ['void_last_offer', '2012-01-11'],
  ]),
  ...[21, 22, 23, 24, 25, 26].map((n) => household(n, autumn(n), [])),
  // Joined after 5/3: 27 gets an open offer, 28 waits.
  household(27, '2012-03-20', [['offer_made', '2012-04-05', 'a']]),
  household(28, '2012-03-22', []),
];

export function declineReason(n: number): string {
  return DECLINE_REASONS[n % DECLINE_REASONS.length] as string;
}
