import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  type CaseSearch,
  casesOfParticipant,
  findCase,
  listCases,
  listContacts,
  listGoals,
} from '../queries/cases.ts';
import { listContactRevisions } from '../queries/contact-revisions.ts';
import {
  findParticipant,
  listConsents,
  listParticipants,
  listShares,
  type ParticipantSearch,
} from '../queries/participants.ts';
import { listReferralRevisions } from '../queries/referral-revisions.ts';
import { listReferrals } from '../queries/referrals.ts';
import {
  presentCase,
  presentCaseDetail,
  presentParticipant,
  presentParticipantDetail,
} from './presenters.ts';

/** The participants in the actor's scope (not erased), by name, optionally searched. */
export async function participantList(db: Db, ctx: RequestContext, search: ParticipantSearch) {
  const { rows, total } = await listParticipants(db, ctx.actor, search);
  return { participants: rows.map((row) => presentParticipant(ctx, row)), total };
}

/** One participant with consents, referrals, forløb and shares; 404 outside the actor's scope. */
export async function participantDetail(db: Db, ctx: RequestContext, id: string) {
  const row = await findParticipant(db, ctx.actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [consents, referrals, cases, shares] = await Promise.all([
    listConsents(db, id),
    listReferrals(db, [id]),
    casesOfParticipant(db, ctx.actor, id),
    listShares(db, id),
  ]);
  const referralRevisions = await listReferralRevisions(
    db,
    referrals.map((r) => r.id),
  );
  return presentParticipantDetail(ctx, row, { consents, referrals, referralRevisions, cases, shares });
}

export async function caseList(db: Db, ctx: RequestContext, search: CaseSearch) {
  const { rows, total } = await listCases(db, ctx.actor, search);
  return { cases: rows.map((row) => presentCase(ctx, row)), total };
}

export async function caseDetail(db: Db, ctx: RequestContext, id: string) {
  const row = await findCase(db, ctx.actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [goals, contacts, revisions] = await Promise.all([
    listGoals(db, [id]),
    listContacts(db, [id]),
    listContactRevisions(db, [id]),
  ]);
  return presentCaseDetail(ctx, row, goals, contacts, revisions);
}
