import type { RequestContext } from '../../../platform/access/request-context.ts';
import type {
  EventType,
  FollowupKind,
  HouseholdStatus,
  PhaseKind,
  RehousingType,
} from '../contract/vocabularies.ts';
import type { EventRow } from '../queries/events.ts';
import type { HouseholdRow } from '../queries/households.ts';
import type { PhaseRow } from '../queries/phases.ts';

// The answers of the genhusning API. Every household and every letter shown is a read of personal
// data in the audit log; the database's checks hold the vocabularies the casts name.

export function presentHousehold(
  ctx: RequestContext,
  row: HouseholdRow,
  teamName: string,
  status: HouseholdStatus | null,
) {
  ctx.audit.read('rehousing_household', row.id, 'rehousing');
  return {
    id: row.id,
    phaseId: row.phase_id,
    phaseName: row.phase_name,
    teamId: row.team_id,
    teamName,
    responsibleUserId: row.responsible_user_id,
    responsibleName: row.responsible_name,
    contactName: row.contact_name,
    contactInfo: row.contact_info,
    adults: row.adults,
    children0to5: row.children_0_5,
    children6to17: row.children_6_17,
    persons: row.adults + row.children_0_5 + row.children_6_17,
    currentAddress: row.current_address,
    rehousingType: row.rehousing_type as RehousingType,
    wishAreas: row.wish_areas,
    wishRooms: row.wish_rooms,
    wishFloor: row.wish_floor,
    wishPets: row.wish_pets,
    wishAccessible: row.wish_accessible,
    specialNeeds: row.special_needs,
    specialNeedsConsentOn: row.special_needs_consent_on,
    participantId: row.participant_id,
    status,
    erasedAt: row.erased_at?.toISOString() ?? null,
  };
}

export function presentEvent(row: EventRow, voided: boolean) {
  return {
    id: row.id,
    type: row.type as EventType,
    occurredOn: row.occurred_on,
    offerId: row.offer_id,
    organisation: row.organisation,
    departmentName: row.department_name,
    address: row.address,
    rooms: row.rooms,
    rentKr: row.rent_kr === null ? null : Number(row.rent_kr),
    answerDeadline: row.answer_deadline,
    moveKind: row.move_kind,
    returnExpectedOn: row.return_expected_on,
    voidsEventId: row.voids_event_id,
    reason: row.reason,
    recordedBy: row.recorded_by_name,
    recordedAt: row.created_at.toISOString(),
    voided,
  };
}

export function presentFollowup(row: {
  id: string;
  kind: string;
  occurred_on: string;
  connection: string | null;
  note: string | null;
  referral_id: string | null;
  recorded_by_name: string | null;
}) {
  return {
    id: row.id,
    kind: row.kind as FollowupKind,
    occurredOn: row.occurred_on,
    connection: row.connection,
    note: row.note,
    referralId: row.referral_id,
    recordedBy: row.recorded_by_name,
  };
}

export function presentPhase(row: PhaseRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as PhaseKind,
    areaId: row.area_id,
    areaName: row.area_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    buildings: row.buildings,
    vacateOn: row.vacate_on,
    homes: row.homes,
  };
}

interface ShownLetter {
  household: { id: string };
  subject: string;
  body: string;
  email: string | null;
  pdf: Buffer;
}

/** A letter names the household and its address: showing it, as text or PDF, is a read. */
export function presentLetter(ctx: RequestContext, letter: ShownLetter) {
  ctx.audit.read('rehousing_household', letter.household.id, 'rehousingLetter');
  return { subject: letter.subject, body: letter.body, email: letter.email };
}

export function presentLetterPdf(ctx: RequestContext, letter: ShownLetter): Buffer {
  ctx.audit.read('rehousing_household', letter.household.id, 'rehousingLetter');
  return letter.pdf;
}

export function presentLetterSent(ctx: RequestContext, letter: ShownLetter, method: 'email' | 'print') {
  ctx.audit.read('rehousing_household', letter.household.id, 'rehousingLetter');
  return { method, sentTo: method === 'email' ? letter.email : null };
}
