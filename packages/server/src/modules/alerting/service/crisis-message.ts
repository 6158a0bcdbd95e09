import { da, fill } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
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

export async function draftCrisisMessage(
  db: Db,
  ctx: RequestContext,
  incidentId: string,
  v: { audience: string; subject: string; body: string },
) {
  const planId = ctx.actor.plan.id;
  return withTransaction(db, ctx, async (trx) => {
    await openIncident(trx, planId, incidentId);
    const row = await insertCrisisMessage(trx, {
      planId,
      incidentId,
      ...v,
      draftedByLabel: ctx.who.actorLabel,
      draftedById: ctx.who.actorId,
    });
    await logSystem(trx, planId, incidentId, fill(da.alerting.log.messageDrafted, v));
    return row;
  });
}

/**
 * All crisis communication is coordinated through the SSP forretningsudvalg, with four eyes: only a
 * signed-in user whose e-mail is an active FU member's on the alert list can approve, not the
 * message's author, and not someone who joined the FU list after the incident was raised (a leader
 * adding themself to approve their own text). The database refuses the same (0009-alerting-ack).
 */
export async function approveMessage(db: Db, ctx: RequestContext, incidentId: string, messageId: string) {
  const planId = ctx.actor.plan.id;
  await withTransaction(db, ctx, async (trx) => {
    const incident = await openIncident(trx, planId, incidentId);
    const message = await lockCrisisMessage(trx, planId, incidentId, messageId);
    if (!message) throw new AppError('NOT_FOUND');
    if (message.approved_at) throw new AppError('CRISIS_MESSAGE_ALREADY_APPROVED');
    const isAuthor =
      (message.drafted_by_id !== null && message.drafted_by_id === ctx.who.actorId) ||
      message.drafted_by_label.toLowerCase() === ctx.who.actorLabel.toLowerCase();
    if (isAuthor) throw new AppError('CRISIS_APPROVER_IS_AUTHOR');
    const member = await findFuMemberByEmail(trx, planId, ctx.who.actorLabel);
    if (!member) throw new AppError('CRISIS_APPROVER_NOT_FU');
    if (member.listed_since >= incident.created_at) throw new AppError('CRISIS_APPROVER_JOINED_DURING');
    await approveCrisisMessage(trx, messageId, member.id, ctx.who.actorId);
    await logSystem(
      trx,
      planId,
      incidentId,
      fill(da.alerting.log.messageApproved, { subject: message.subject, name: member.full_name }),
    );
  });
}

/** Sends an approved crisis message to every active CKS contact. Nothing unapproved ever goes out. */
export async function sendMessage(db: Db, ctx: RequestContext, incidentId: string, messageId: string) {
  const planId = ctx.actor.plan.id;
  return withTransaction(db, ctx, async (trx) => {
    await openIncident(trx, planId, incidentId);
    const message = await lockCrisisMessage(trx, planId, incidentId, messageId);
    if (!message) throw new AppError('NOT_FOUND');
    if (!message.approved_at) throw new AppError('CRISIS_MESSAGE_NOT_APPROVED');
    if (message.sent_at) throw new AppError('CRISIS_MESSAGE_ALREADY_SENT');
    const cks = await listActiveContactsInGroup(trx, planId, 'cks');
    if (cks.length === 0) throw new AppError('NO_CKS_CONTACTS');
    await queueMessages(
      trx,
      cks.map((c) => ({
        planId,
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
      planId,
      incidentId,
      fill(da.alerting.log.messageSent, { subject: message.subject, count: cks.length }),
    );
    return cks.length;
  });
}
