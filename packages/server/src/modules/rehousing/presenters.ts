import { da } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import { contextOf } from '../../platform/access/request-context.ts';
import type { HouseholdStatus } from './domain/events.ts';
import type { EventRow } from './queries/events.ts';
import type { HouseholdRow } from './queries/households.ts';

const PURPOSE = da.rehousing.audit.purpose;

/** Every household shown is a read of personal data in the audit log. */
export function presentHousehold(request: FastifyRequest, row: HouseholdRow, status: HouseholdStatus | null) {
  contextOf(request).audit.read('rehousing_household', row.id, 'rehousing');
  return {
    id: row.id,
    phaseId: row.phase_id,
    phaseName: row.phase_name,
    teamId: row.team_id,
    teamName: row.team_name,
    responsibleUserId: row.responsible_user_id,
    responsibleName: row.responsible_name,
    contactName: row.contact_name,
    contactInfo: row.contact_info,
    adults: row.adults,
    children0to5: row.children_0_5,
    children6to17: row.children_6_17,
    persons: row.adults + row.children_0_5 + row.children_6_17,
    currentAddress: row.current_address,
    rehousingType: row.rehousing_type,
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
    type: row.type,
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
