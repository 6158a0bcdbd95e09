import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { findOrCreateTeam } from '../../registration/index.ts';
import { insertEvent } from '../queries/events.ts';
import { insertHousehold } from '../queries/households.ts';
import { findPhaseByName, insertPhase } from '../queries/phases.ts';
import { fixtureEvents } from '../seed/fixture-events.ts';
import {
  declineReason,
  FLYTTEHJAELP_HOUSEHOLDS,
  FLYTTEHJAELP_PHASE,
  fixtureAnswerDeadline,
} from '../seed/flyttehjaelp-2012.ts';
import { checkHistory } from './domain/status.ts';

const TEAM = 'Genhusning';

/**
 * Loads the historical example "Udvidet flyttehjælp 2011–2012" (synthetic families, the real counts
 * of seed 001) into a plan, in the "Genhusning" team. Only on request (`helhed genhusning demo`),
 * never at first start: it is an example, not the plan's own data. Refuses to load twice.
 */
export async function loadFlyttehjaelpDemo(
  db: Db,
  planId: string,
): Promise<{ phaseId: string; households: number } | null> {
  checkHistory(fixtureEvents(FLYTTEHJAELP_HOUSEHOLDS));
  return withTransaction(db, systemActor('genhusning-demo', planId), async (trx) => {
    const exists = await findPhaseByName(trx, planId, FLYTTEHJAELP_PHASE.name);
    if (exists) return null;
    const team = await findOrCreateTeam(trx, planId, TEAM);
    const phase = await insertPhase(trx, {
      plan_id: planId,
      name: FLYTTEHJAELP_PHASE.name,
      kind: FLYTTEHJAELP_PHASE.kind,
      buildings: FLYTTEHJAELP_PHASE.buildings,
      vacate_on: FLYTTEHJAELP_PHASE.vacateOn,
      homes: FLYTTEHJAELP_PHASE.homes,
    });
    if (!phase) throw new Error('phase insert returned nothing');
    for (const [index, h] of FLYTTEHJAELP_HOUSEHOLDS.entries()) {
      const household = await insertHousehold(trx, {
        plan_id: planId,
        phase_id: phase.id,
        team_id: team.id,
        contact_name: h.contactName,
        adults: h.adults,
        children_0_5: h.children,
        rehousing_type: 'permanent',
      });
      if (!household) throw new Error('household insert returned nothing');
      const add = (values: Omit<Parameters<typeof insertEvent>[1], 'plan_id' | 'household_id'>) =>
        insertEvent(trx, { plan_id: planId, household_id: household.id, ...values });
      await add({ type: 'registered', occurred_on: h.registeredOn });
      const offers = new Map<string, string>();
      let last: string | null = null;
      for (const step of h.events) {
        const [type, on] = step;
        if (type === 'offer_made') {
          const row = await add({
            type,
            occurred_on: on,
            organisation: index % 2 ? 'FAB' : 'Civica',
            answer_deadline: fixtureAnswerDeadline(h, step[2]),
            rooms: 3,
          });
          last = row?.id ?? null;
          if (row) offers.set(step[2], row.id);
        } else if (type === 'moved') {
          await add({ type, occurred_on: on, move_kind: step[2] });
        } else if (type === 'void_last_offer') {
          await add({
            type: 'voided',
            occurred_on: on,
            voids_event_id: last,
            reason: 'Tastet på forkert husstand',
          });
        } else {
          await add({
            type,
            occurred_on: on,
            offer_id: offers.get(step[2]) ?? null,
            reason: type === 'offer_declined' ? declineReason(index) : null,
          });
        }
      }
    }
    return { phaseId: phase.id, households: FLYTTEHJAELP_HOUSEHOLDS.length };
  });
}
