// The reports' aggregate counts before discretion (exact, small counts included), for the tests of any
// module that must see whether a person is counted at all, e.g. that a withdrawn consent takes a
// participant out of every count (decision 0018). Published reports go through the reports module's
// index.ts; only tests read the counts unsuppressed.
export {
  countAreaEvents,
  countCases,
  countPersons,
  countReferrals,
  countSessions,
} from '../src/modules/reports/queries/quarterly.ts';
