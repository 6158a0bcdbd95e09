import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { type ActorContext, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { findFuMemberByEmail } from '../queries/ack.ts';
import { listActiveContactsInGroup } from '../queries/contacts.ts';
import {
  approveCrisisMessage,
  insertCrisisMessage,
  lockCrisisMessage,
  markCrisisMessageSent,
  queueMessages,
} from '../queries/outbox.ts';
import { logSystem } from './alert-contacts.ts';
import { openIncident } from './incident-steps.ts';

type PlanActor = ActorContext & { planId: string };

export async function draftCrisisMessage(
  db: Db,
  actor: PlanActor,
  incidentId: string,
  v: { audience: string; subject: string; body: string },
) {
  return withTransaction(db, actor, async (trx) => {
    await openIncident(trx, actor.planId, incidentId);
    const row = await insertCrisisMessage(trx, {
      planId: actor.planId,
      incidentId,
      ...v,
      draftedByLabel: actor.actorLabel,
      draftedById: actor.actorId,
    });
    await logSystem(trx, actor.planId, incidentId, fill(da.alerting.log.messageDrafted, v));
    return row;
  });
}

/**
 * All crisis communication is coordinated through the SSP forretningsudvalg, with four eyes: only a
 * signed-in user whose e-mail is an active FU member's on the alert list can approve, not the
 * message's author, and not someone who joined the FU list after the incident was raised (a leader
 * adding themself to approve their own text). The database refuses the same (0009-alerting-ack).
 */
export async function approveMessage(db: Db, actor: PlanActor, incidentId: string, messageId: string) {
  await withTransaction(db, actor, async (trx) => {
    const incident = await openIncident(trx, actor.planId, incidentId);
    const message = await lockCrisisMessage(trx, actor.planId, incidentId, messageId);
    if (!message) throw new AppError('NOT_FOUND');
    if (message.approved_at) throw new AppError('CRISIS_MESSAGE_ALREADY_APPROVED');
    const isAuthor =
      (message.drafted_by_id !== null && message.drafted_by_id === actor.actorId) ||
      message.drafted_by_label.toLowerCase() === actor.actorLabel.toLowerCase();
    if (isAuthor) throw new AppError('CRISIS_APPROVER_IS_AUTHOR');
    const member = await findFuMemberByEmail(trx, actor.planId, actor.actorLabel);
    if (!member) throw new AppError('CRISIS_APPROVER_NOT_FU');
    if (member.listed_since >= incident.created_at) throw new AppError('CRISIS_APPROVER_JOINED_DURING');
    await approveCrisisMessage(trx, messageId, member.id, actor.actorId);
    await logSystem(
      trx,
      actor.planId,
      incidentId,
      fill(da.alerting.log.messageApproved, { subject: message.subject, name: member.full_name }),
    );
  });
}

/** Sends an approved crisis message to every active CKS contact. Nothing unapproved ever goes out. */
export async function sendMessage(db: Db, actor: PlanActor, incidentId: string, messageId: string) {
  return withTransaction(db, actor, async (trx) => {
    await openIncident(trx, actor.planId, incidentId);
    const message = await lockCrisisMessage(trx, actor.planId, incidentId, messageId);
    if (!message) throw new AppError('NOT_FOUND');
    if (!message.approved_at) throw new AppError('CRISIS_MESSAGE_NOT_APPROVED');
    if (message.sent_at) throw new AppError('CRISIS_MESSAGE_ALREADY_SENT');
    const cks = await listActiveContactsInGroup(trx, actor.planId, 'cks');
    if (cks.length === 0) throw new AppError('NO_CKS_CONTACTS');
    await queueMessages(
      trx,
      cks.map((c) => ({
        planId: actor.planId,
        incidentId,
        alertId: null,
        channel: 'email' as const,
        recipient: c.email,
        subject: message.subject,
        body: `${message.body}\n\n${da.alerting.mail.footer}`,
      })),
      new Date(),
    );
    await markCrisisMessageSent(trx, messageId);
    await logSystem(
      trx,
      actor.planId,
      incidentId,
      fill(da.alerting.log.messageSent, { subject: message.subject, count: cks.length }),
    );
    return cks.length;
  });
}
