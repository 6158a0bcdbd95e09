import type { RequestContext } from '../../../platform/access/request-context.ts';
import { listAccessLog } from '../../../platform/audit/queries.ts';
import type { Db } from '../../../platform/db/database.ts';
import { listContacts, listGoals } from '../queries/cases.ts';
import { listContactRevisions } from '../queries/contact-revisions.ts';
import {
  listEnrolmentsOfParticipant,
  listMergedRecords,
  listVolunteeringOfParticipant,
} from '../queries/export.ts';
import { listConsents } from '../queries/participants.ts';
import { presentExport } from './present-export.ts';
import { participantDetail } from './views.ts';

/** Every record merged into this one, also through a record that was itself merged into it. */
async function mergedRecordsOf(db: Db, id: string) {
  const all: Awaited<ReturnType<typeof listMergedRecords>> = [];
  let frontier = [id];
  while (frontier.length > 0) {
    const found = (await listMergedRecords(db, frontier)).filter((m) => !all.some((x) => x.id === m.id));
    all.push(...found);
    frontier = found.map((m) => m.id);
  }
  return all;
}

/**
 * Everything held about one participant (and the records of the same person merged into it), for a
 * request of access: the person, consents, referrals (and their corrections), forløb with goals and
 * contacts, and the log of look-ups in their data. The export
 * itself is logged as an `export` (after the log is read, so it appears in the next export).
 */
export async function exportParticipant(db: Db, ctx: RequestContext, id: string) {
  const detail = await participantDetail(db, ctx, id);
  const caseIds = detail.cases.map((c) => c.id);
  const [goals, contacts, revisions, enrolments, volunteering] = await Promise.all([
    listGoals(db, caseIds),
    listContacts(db, caseIds),
    listContactRevisions(db, caseIds),
    listEnrolmentsOfParticipant(db, id),
    listVolunteeringOfParticipant(db, id),
  ]);
  const merged = await mergedRecordsOf(db, id);
  const mergedConsents = (await Promise.all(merged.map((m) => listConsents(db, m.id)))).flat();
  const accessLog = await listAccessLog(db, ctx.actor.plan.id, [
    { type: 'participant', ids: [id, ...merged.map((m) => m.id)] },
    { type: 'participant_merge', ids: merged.map((m) => m.merge_id) },
    {
      type: 'participant_consent',
      ids: [...detail.consents.map((c) => c.id), ...mergedConsents.map((c) => c.id)],
    },
    { type: 'referral', ids: detail.referrals.map((r) => r.id) },
    { type: 'referral_revision', ids: detail.referralRevisions.map((r) => r.id) },
    { type: 'support_case', ids: caseIds },
    { type: 'support_case_goal', ids: goals.map((g) => g.id) },
    { type: 'support_case_contact', ids: contacts.map((c) => c.id) },
    { type: 'support_case_contact_revision', ids: revisions.map((r) => r.id) },
    { type: 'group_enrolment', ids: enrolments.map((e) => e.id) },
    { type: 'volunteer', ids: volunteering.map((v) => v.id) },
  ]);
  return presentExport(ctx, detail, {
    goals,
    contacts,
    revisions,
    enrolments,
    volunteering,
    accessLog,
    merged: merged.map((m) => ({ ...m, consents: mergedConsents.filter((c) => c.participant_id === m.id) })),
  });
}
