import { da } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import { contextOf, type SessionActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  presentCase,
  presentConsent,
  presentContact,
  presentGoal,
  presentParticipant,
  presentReferral,
} from '../presenters.ts';
import { findCase, listCases, listContacts, listGoals } from '../queries/cases.ts';
import { findParticipant, listConsents, listShares } from '../queries/participants.ts';
import { listReferrals } from '../queries/referrals.ts';

/** One participant with consents, referrals, forløb and shares; 404 outside the actor's scope. */
export async function participantDetail(db: Db, request: FastifyRequest, actor: SessionActor, id: string) {
  const row = await findParticipant(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [consents, referrals, cases, shares] = await Promise.all([
    listConsents(db, id),
    listReferrals(db, [id]),
    listCases(db, actor, { scope: 'all', participantId: id }),
    listShares(db, id),
  ]);
  return {
    ...presentParticipant(request, row),
    consents: consents.map(presentConsent),
    referrals: referrals.map(presentReferral),
    cases: cases.map((c) => presentCase(request, c)),
    shares: shares.map((s) => ({ userId: s.user_id, displayName: s.display_name })),
  };
}

export async function caseDetail(db: Db, request: FastifyRequest, actor: SessionActor, id: string) {
  const row = await findCase(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [goals, contacts] = await Promise.all([listGoals(db, [id]), listContacts(db, [id])]);
  if (row.participant_id) {
    contextOf(request).audit.read('participant', row.participant_id, 'casework');
  }
  return {
    ...presentCase(request, row),
    goals: goals.map(presentGoal),
    contacts: contacts.map(presentContact),
  };
}
