/**
 * How Helhed computes the plan's locally registered indicators (measurement 'local-registration')
 * from the registrations. The rule is shown in the UI and in docs/architecture.md:
 * - an "outcome" indicator counts different participants whose forløb ended in the year with one of
 *   the outcomes, and whose age that year (year − birth year) lies in the age band;
 * - a "volunteers" indicator counts different participants with a volunteer period in the year.
 * A participant without a birth year (e.g. erased) is not counted in an age band. The area is the
 * forløb's boligområde, else the participant's.
 */
export type LocalRule =
  | { kind: 'outcome'; outcomes: readonly string[]; minAge: number; maxAge: number }
  | { kind: 'volunteers' };

export const LOCAL_RULES: Readonly<Record<string, LocalRule>> = {
  'besk-18-29-startet-udd-eller-ord-job': {
    kind: 'outcome',
    outcomes: ['education-started', 'ordinary-job'],
    minAge: 18,
    maxAge: 29,
  },
  'besk-18-29-praktikplads-loentilskud': {
    kind: 'outcome',
    outcomes: ['internship-or-subsidy'],
    minAge: 18,
    maxAge: 29,
  },
  'besk-30-64-ord-arbejde-eller-uddannelse': {
    kind: 'outcome',
    outcomes: ['ordinary-job', 'education-started'],
    minAge: 30,
    maxAge: 64,
  },
  'besk-30-64-praktikplads-loentilskud': {
    kind: 'outcome',
    outcomes: ['internship-or-subsidy'],
    minAge: 30,
    maxAge: 64,
  },
  'smh-frivillige-via-bsh': { kind: 'volunteers' },
};
