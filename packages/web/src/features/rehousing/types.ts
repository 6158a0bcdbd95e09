// The shapes of the genhusning API as the pages use them.

// A count as published: the number, or "x" where discretion hides it (one type, in core).
export type { SafeCount } from '@helhed/core';

import type { SafeCount } from '@helhed/core';
export type TableCell = 'moved' | 'offered' | 'declined' | 'waiting';
export type HouseholdStatus = 'waiting' | 'offered' | 'accepted' | 'declined' | 'moved' | 'returned';
export type PhaseKind = 'demolition' | 'renovation' | 'rehousing-programme';

export type Phase = {
  id: string;
  name: string;
  kind: PhaseKind;
  areaId: string | null;
  areaName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  buildings: string | null;
  vacateOn: string | null;
  homes: number;
};

export type PhaseList = {
  phases: Phase[];
  areas: Array<{ id: string; name: string }>;
  departments: Array<{ id: string; name: string; areaId: string }>;
};

export type Cells = Record<TableCell, SafeCount>;

export type StatusView = {
  table: {
    date: string;
    phaseId: string | null;
    exact: boolean;
    threshold: number;
    cells: Cells;
    total: SafeCount;
  };
  series: Array<{ date: string; cells: Cells; total: SafeCount }>;
  progress: {
    targets: { homes: number; residents: number };
    homesVacated: SafeCount;
    residentsMoved: SafeCount;
    medianDaysToMove: number | null;
    declineReasons: Array<{ reason: string; count: SafeCount }>;
  };
};

export type Household = {
  id: string;
  phaseId: string;
  phaseName: string;
  teamName: string;
  responsibleName: string | null;
  contactName: string | null;
  contactInfo: string | null;
  adults: number;
  children0to5: number;
  children6to17: number;
  persons: number;
  currentAddress: string | null;
  rehousingType: 'temporary' | 'permanent';
  wishAreas: string | null;
  wishRooms: number | null;
  wishFloor: string | null;
  wishPets: boolean;
  wishAccessible: boolean;
  specialNeeds: string | null;
  specialNeedsConsentOn: string | null;
  participantId: string | null;
  status: HouseholdStatus | null;
  erasedAt: string | null;
};

export type HouseholdEvent = {
  id: string;
  type:
    | 'registered'
    | 'offer_made'
    | 'offer_accepted'
    | 'offer_declined'
    | 'offer_withdrawn'
    | 'moved'
    | 'returned'
    | 'voided';
  occurredOn: string;
  offerId: string | null;
  organisation: string | null;
  departmentName: string | null;
  address: string | null;
  rooms: number | null;
  rentKr: number | null;
  answerDeadline: string | null;
  moveKind: string | null;
  returnExpectedOn: string | null;
  voidsEventId: string | null;
  reason: string | null;
  recordedBy: string | null;
  voided: boolean;
};

export type HouseholdDetail = {
  household: Household;
  events: HouseholdEvent[];
  letters: Array<{ id: string; offerId: string; method: string; sentTo: string | null; createdAt: string }>;
  followups: Array<{
    id: string;
    kind: 'contact' | 'connection' | 'closing';
    occurredOn: string;
    connection: string | null;
    note: string | null;
    referralId: string | null;
    recordedBy: string | null;
  }>;
};

export type LetterTemplate = { subject: string; body: string; placeholders: string[]; smtp: boolean };
