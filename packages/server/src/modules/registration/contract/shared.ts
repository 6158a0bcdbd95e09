import type { CONTACT_KINDS, OUTCOMES, REFERRAL_SOURCES, ROUTED_TO } from '@helhed/core';

// Registration's own vocabularies; the shared ones (referral sources, outcomes, contact kinds) are in
// core, the field schemas in the platform.

export const GENDERS = ['female', 'male', 'other', 'unspecified'] as const;
export const DECISIONS = ['pending', 'accepted', 'declined'] as const;
export const CASE_STATUSES = ['open', 'retention', 'closed'] as const;
/** How the participant list sorts, and its status filter: an open forløb, only ended ones, none. */
export const PARTICIPANT_SORTS = ['name', 'birthYear', 'area', 'team', 'created'] as const;
export const CASE_SORTS = ['started', 'participant', 'activity', 'responsible', 'status'] as const;
export const COURSE_SORTS = ['starts', 'title'] as const;
export const VOLUNTEER_SORTS = ['started', 'name'] as const;
export const PARTICIPANT_STATUSES = ['in-progress', 'ended', 'no-case'] as const;

export type Gender = (typeof GENDERS)[number];
export type Decision = (typeof DECISIONS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type ContactKind = (typeof CONTACT_KINDS)[number];
export type RoutedTo = (typeof ROUTED_TO)[number];
