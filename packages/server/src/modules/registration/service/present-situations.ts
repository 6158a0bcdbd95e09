import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type {
  CksMeetingList,
  SafetyContactList,
  SafetyContactView,
  VolunteerList,
} from '../contract/groups.ts';
import type {
  CksMeetingRevisionList,
  CksMeetingValues,
  SafetyContactRevisionList,
  SafetyContactValues,
} from '../contract/situations.ts';
import type { listSituationRevisions } from '../queries/situation-revisions.ts';
import type { listCksMeetings, listSafetyContacts, listVolunteers } from '../queries/situations.ts';

type SafetyContact = z.infer<typeof SafetyContactView>;
type Page<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** Every volunteer shown by name is a read of the participant. */
export function presentVolunteers(
  ctx: RequestContext,
  { rows, total }: Page<typeof listVolunteers>,
  year: number,
  newInYear: number,
): z.infer<typeof VolunteerList> {
  for (const row of rows) ctx.audit.read('participant', row.participant_id, 'volunteering');
  return {
    year,
    newInYear,
    total,
    volunteers: rows.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      displayName: r.display_name,
      startedOn: r.started_on,
    })),
  };
}

// Tryghed contacts and CKS agreements are free text about residents and places: every one shown
// is a read in the audit log (issue 21).

export function presentSafetyContacts(
  ctx: RequestContext,
  { rows, total }: Page<typeof listSafetyContacts>,
): z.infer<typeof SafetyContactList> {
  for (const row of rows) ctx.audit.read('safety_contact', row.id, 'safety');
  return {
    total,
    contacts: rows.map((c) => ({
      id: c.id,
      occurredOn: c.occurred_on,
      reportedBy: c.reported_by as SafetyContact['reportedBy'],
      areaId: c.area_id,
      place: c.place,
      situation: c.situation,
      routedTo: c.routed_to as SafetyContact['routedTo'],
      followUp: c.follow_up,
      followedUpOn: c.followed_up_on,
    })),
  };
}

export function presentCksMeetings(
  ctx: RequestContext,
  { rows, total }: Page<typeof listCksMeetings>,
): z.infer<typeof CksMeetingList> {
  for (const row of rows) ctx.audit.read('cks_meeting', row.id, 'safety');
  return {
    total,
    meetings: rows.map((m) => ({
      id: m.id,
      heldOn: m.held_on,
      areaId: m.area_id,
      attendance: m.attendance,
      agreements: m.agreements,
    })),
  };
}

// The history of corrections quotes the records' free text: every revision shown is a read too.

function presentRevisions<V>(ctx: RequestContext, { rows, total }: Page<typeof listSituationRevisions>) {
  for (const row of rows) ctx.audit.read('situation_revision', row.id, 'safety');
  return {
    total,
    revisions: rows.map((r) => ({
      id: r.id,
      recordId: r.record_id,
      change: r.change,
      reason: r.reason,
      before: r.before as V,
      after: r.after as V | null,
      changedByName: r.changed_by_name,
      changedAt: r.changed_at.toISOString(),
    })),
  };
}

export const presentSafetyRevisions = (
  ctx: RequestContext,
  page: Page<typeof listSituationRevisions>,
): z.infer<typeof SafetyContactRevisionList> => presentRevisions<SafetyContactValues>(ctx, page);

export const presentCksRevisions = (
  ctx: RequestContext,
  page: Page<typeof listSituationRevisions>,
): z.infer<typeof CksMeetingRevisionList> => presentRevisions<CksMeetingValues>(ctx, page);
