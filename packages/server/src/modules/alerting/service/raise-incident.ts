import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { type ActorContext, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { findChiefsOnCall, listActiveContactsInGroup } from '../queries/contacts.ts';
import { findIncidentByClientKey, type IncidentRow, insertIncident } from '../queries/incidents.ts';
import { alertTargets, describeTargets, label, logSystem, primaryContacts } from './alert-contacts.ts';

export interface RaiseIncidentInput {
  clientKey: string;
  level: 'red' | 'yellow';
  category: string;
  description: string;
  location: string;
  areaSlug: string | null;
  occurredAt: string;
}

/**
 * Procedure steps 1-2: any party raises an incident after its own risk assessment, and the SSP
 * on-call chief is alerted at once (in the same transaction that stores the incident). With nobody
 * on the rota, every active chief is alerted rather than nobody.
 */
export async function raiseIncident(
  db: Db,
  actor: ActorContext & { planId: string },
  input: RaiseIncidentInput,
  publicUrl: string,
): Promise<{ incident: IncidentRow; isReplay: boolean }> {
  const planId = actor.planId;
  return withTransaction(db, actor, async (trx) => {
    const incident = await insertIncident(trx, {
      planId,
      clientKey: input.clientKey,
      level: input.level,
      category: input.category,
      description: input.description,
      location: input.location,
      areaSlug: input.areaSlug,
      occurredAt: new Date(input.occurredAt),
      raisedById: actor.actorId,
      raisedByLabel: actor.actorLabel,
    });
    if (!incident) {
      const earlier = await findIncidentByClientKey(trx, planId, input.clientKey);
      if (!earlier || earlier.category !== input.category) throw new AppError('CONFLICT');
      return { incident: earlier, isReplay: true };
    }
    await logSystem(
      trx,
      planId,
      incident.id,
      fill(da.alerting.log.raised, {
        actor: actor.actorLabel,
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
    return { incident, isReplay: false };
  });
}
