import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { EventInput } from '../contract/requests.ts';
import { findEventByClientKey, insertEvent, listEventsOfHousehold, toDomain } from '../queries/events.ts';
import { lockHousehold } from '../queries/households.ts';
import { today } from './clock.ts';
import type { HouseholdEvent } from './domain/events.ts';
import { checkHistory } from './domain/status.ts';
import { historyError } from './errors.ts';
import { householdDetail } from './views.ts';

const t = da.rehousing.errors;

/**
 * Appends one event to a household's history after checking that the whole history, with the new
 * event in its place by date, is still possible (statusAsOf). Bad input saves nothing. Idempotent
 * on clientKey. Corrections are `voided` events; nothing is ever edited. Answers the household as it
 * is now.
 */
export async function recordEvent(db: Db, ctx: RequestContext, householdId: string, input: EventInput) {
  const { actor } = ctx;
  const planId = actor.plan.id;
  const isReplay = await withTransaction(db, ctx, async (trx) => {
    const household = await lockHousehold(trx, actor, householdId);
    if (!household) throw new AppError('NOT_FOUND');
    const earlier = await findEventByClientKey(trx, planId, input.clientKey);
    if (earlier) {
      if (earlier.household_id !== householdId) throw new AppError('CONFLICT');
      return true;
    }
    if (household.erased_at) throw new AppError('REHOUSING_ERASED');
    if (input.occurredOn > today()) throw fieldError('occurredOn', t.dateInFuture);
    const rows = await listEventsOfHousehold(trx, planId, householdId);
    const history = rows.map(toDomain);
    const ids = new Set(rows.map((row) => row.id));
    const offerId = 'offerId' in input ? input.offerId : null;
    if (offerId && !rows.some((row) => row.id === offerId && row.type === 'offer_made')) {
      throw fieldError('offerId', t.unknownOffer);
    }
    if (input.type === 'voided' && !ids.has(input.voidsEventId))
      throw fieldError('voidsEventId', t.unknownEvent);
    const candidate: HouseholdEvent = {
      id: 'new',
      householdId,
      type: input.type,
      occurredOn: input.occurredOn,
      seq: Math.max(0, ...history.map((event) => event.seq)) + 1,
      offerId: input.type === 'moved' ? null : offerId,
      moveKind: input.type === 'moved' ? input.moveKind : null,
      voidsEventId: input.type === 'voided' ? input.voidsEventId : null,
    };
    try {
      checkHistory([...history, candidate]);
    } catch (error) {
      throw historyError(error, input.type === 'voided' ? 'voidsEventId' : 'occurredOn');
    }
    const inserted = await insertEvent(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      household_id: householdId,
      type: input.type,
      occurred_on: input.occurredOn,
      offer_id: offerId,
      organisation: input.type === 'offer_made' ? input.organisation : null,
      department_name: input.type === 'offer_made' ? input.departmentName : null,
      address: input.type === 'offer_made' ? input.address : null,
      rooms: input.type === 'offer_made' ? (input.rooms ?? null) : null,
      rent_kr: input.type === 'offer_made' ? (input.rentKr ?? null) : null,
      answer_deadline: input.type === 'offer_made' ? input.answerDeadline : null,
      move_kind: input.type === 'moved' ? input.moveKind : null,
      return_expected_on: input.type === 'moved' ? (input.returnExpectedOn ?? null) : null,
      voids_event_id: input.type === 'voided' ? input.voidsEventId : null,
      reason: 'reason' in input ? (input.reason ?? null) : null,
      recorded_by: actor.userId,
    });
    if (!inserted) throw new AppError('CONFLICT');
    // An answer dated before an expiry came in time: the expiry is voided, so the history says so.
    const voided = new Set(rows.map((row) => row.voids_event_id));
    for (const expiry of rows) {
      if (expiry.type !== 'offer_expired' || !offerId || expiry.offer_id !== offerId) continue;
      if (voided.has(expiry.id) || expiry.occurred_on <= input.occurredOn) continue;
      await insertEvent(trx, {
        plan_id: planId,
        household_id: householdId,
        type: 'voided',
        occurred_on: today(),
        voids_event_id: expiry.id,
        reason: t.answerBeforeExpiry,
        recorded_by: actor.userId,
      });
    }
    return false;
  });
  return { isReplay, detail: await householdDetail(db, ctx, householdId) };
}
