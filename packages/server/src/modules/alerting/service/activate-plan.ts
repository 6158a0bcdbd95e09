import { da, fill } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { alertedContactIds } from '../queries/alerts.ts';
import { listActiveContactsInGroup } from '../queries/contacts.ts';
import { lockIncident, setIncidentStatus } from '../queries/incidents.ts';
import { ACTIVATION_ORDER } from '../seed/beredskab.ts';
import { alertTargets, describeTargets, label, logSystem, primaryContacts } from './alert-contacts.ts';

/**
 * Procedure step 3: the chief activates the plan; the forretningsudvalg, the SSP board and the
 * boligsocial board are alerted in that order. Someone on two lists is alerted once, at the first.
 */
export async function activatePlan(
  db: Db,
  ctx: RequestContext,
  incidentId: string,
  publicUrl: string,
): Promise<number> {
  const planId = ctx.actor.plan.id;
  return withTransaction(db, ctx, async (trx) => {
    const incident = await lockIncident(trx, planId, incidentId);
    if (!incident) throw new AppError('NOT_FOUND');
    if (incident.status === 'closed') throw new AppError('INCIDENT_CLOSED');
    if (incident.status === 'activated') throw new AppError('INCIDENT_ALREADY_ACTIVATED');
    await setIncidentStatus(trx, planId, incidentId, 'activated');
    await logSystem(trx, planId, incidentId, fill(da.alerting.log.activated, { actor: ctx.who.actorLabel }));
    const alerted = await alertedContactIds(trx, planId, incidentId);
    let count = 0;
    for (const group of ACTIVATION_ORDER) {
      const contacts = primaryContacts(await listActiveContactsInGroup(trx, planId, group)).filter(
        (c) => !alerted.has(c.id),
      );
      for (const c of contacts) alerted.add(c.id);
      if (contacts.length === 0) continue;
      await alertTargets(
        trx,
        planId,
        incident,
        contacts.map((contact) => ({ contact, stage: group, reason: 'initial', escalatedFrom: null })),
        publicUrl,
      );
      await logSystem(trx, planId, incidentId, describeTargets(group, contacts.map(label)));
      count += contacts.length;
    }
    return count;
  });
}
