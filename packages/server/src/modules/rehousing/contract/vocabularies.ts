// Genhusning's own vocabularies: what a phase, a household, an event and a follow-up can be.

export const PHASE_KINDS = ['demolition', 'renovation', 'rehousing-programme'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];
export const REHOUSING_TYPES = ['temporary', 'permanent'] as const;
export type RehousingType = (typeof REHOUSING_TYPES)[number];
export const FOLLOWUP_KINDS = ['contact', 'connection', 'closing'] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];
export const CONNECTIONS = ['fritidsliv', 'forening', 'skole', 'daginstitution', 'andet'] as const;

/**
 * What can happen to a household: its history is a list of these (service/domain/events.ts).
 * `offer_expired` is written only by the reminder job, never through the API (service/expiry.ts).
 */
export const EVENT_TYPES = [
  'registered',
  'offer_made',
  'offer_accepted',
  'offer_declined',
  'offer_withdrawn',
  'offer_expired',
  'moved',
  'returned',
  'voided',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The status of one household on one day. */
export const HOUSEHOLD_STATUSES = [
  'waiting',
  'offered',
  'accepted',
  'declined',
  'moved',
  'returned',
] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

/** The four cells of the committee table (seed 001, "Udvidet flyttehjælp"). */
export const TABLE_CELLS = ['moved', 'offered', 'declined', 'waiting'] as const;
export type TableCell = (typeof TABLE_CELLS)[number];
