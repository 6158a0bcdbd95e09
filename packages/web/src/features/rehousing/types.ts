// The shapes of the genhusning API, as the server's contract defines them.

// A count as published: the number, or "x" where discretion hides it (one type, in core).
export type { SafeCount } from '@helhed/core';
export type {
  Cells,
  Household,
  HouseholdDetail,
  HouseholdEventView as HouseholdEvent,
  HouseholdStatus,
  LetterTemplate,
  Phase,
  PhaseKind,
  PhaseList,
  StatusView,
  TableCell,
} from '@helhed/server/contracts/rehousing';
