import { da, fill } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { IncidentView, RaiseIncidentBody } from '../contract/incidents.ts';
import { findChiefsOnCall, listActiveContactsInGroup } from '../queries/contacts.ts';
import { findIncidentByClientKey, type IncidentRow, insertIncident } from '../queries/incidents.ts';
import { alertTargets, describeTargets, label, logSystem, primaryContacts } from './alert-contacts.ts';
import { presentIncident } from './presenters.ts';

type Incident = z.infer<typeof IncidentView>;

/**
 * Procedure steps 1-2: any party raises an incident after its own risk assessment, and the SSP
 * on-call chief is alerted at once (in the same transaction that stores the incident). With nobody
 * on the rota, every active chief is alerted rather than nobody.
 */
export async function raiseIncident(
  db: Db,
  ctx: RequestContext,
  input: z.infer<typeof RaiseIncidentBody>,
  publicUrl: string,
): Promise<{ incident: Incident; isReplay: boolean }> {
  const planId = ctx.actor.plan.id;
  const raised = await withTransaction(
    db,
    ctx,
    async (trx): Promise<{ row: IncidentRow; isReplay: boolean }> => {
      const incident = await insertIncident(trx, {
        planId,
        clientKey: input.clientKey,
        level: input.level,
        category: input.category,
        description: input.description,
        location: input.location,
        areaSlug: input.areaSlug ?? null,
        occurredAt: new Date(input.occurredAt),
        raisedById: ctx.who.actorId,
        raisedByLabel: ctx.who.actorLabel,
      });
      if (!incident) {
        const earlier = await findIncidentByClientKey(trx, planId, input.clientKey);
        if (!earlier || earlier.category !== input.category) throw new AppError('CONFLICT');
        return { row: earlier, isReplay: true };
      }
      await logSystem(
        trx,
        planId,
        incident.id,
        fill(da.alerting.log.raised, {
          actor: ctx.who.actorLabel,
          level: da.alerting.levels[input.level],
          category: input.category,
          location: input.location,
        }),
      );
      let chiefs = await findChiefsOnCall(trx, planId, new Date());
      if (chiefs.length === 0) {
        chiefs = primaryContacts(await listActiveContactsInGroup(trx, planId, 'ssp_chief'));
        await logSystem(
          trx,
          planId,
          incident.id,
          chiefs.length > 0 ? da.alerting.log.noChiefOnCall : da.alerting.log.noChiefs,
        );
      }
      const unique = [...new Map(chiefs.map((c) => [c.id, c])).values()];
      await alertTargets(
        trx,
        planId,
        incident,
        unique.map((contact) => ({ contact, stage: 'ssp_chief', reason: 'initial', escalatedFrom: null })),
        publicUrl,
      );
      if (unique.length > 0) {
        await logSystem(trx, planId, incident.id, describeTargets('ssp_chief', unique.map(label)));
      }
      return { row: incident, isReplay: false };
    },
  );
  return { incident: presentIncident(raised.row), isReplay: raised.isReplay };
}
