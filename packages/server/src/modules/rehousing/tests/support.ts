import { expect } from 'vitest';
import type { Session, TestApp } from '../../../../test/build-test-app.ts';
import { call } from '../../../../test/registration-setup.ts';
import {
  declineReason,
  FLYTTEHJAELP_HOUSEHOLDS,
  FLYTTEHJAELP_PHASE,
  fixtureAnswerDeadline,
} from '../seed/flyttehjaelp-2012.ts';

export { addMember, addTeam, call } from '../../../../test/registration-setup.ts';

/** Creates a phase through the API as a leader would, returning its id. */
export async function createPhase(
  t: TestApp,
  leader: Session,
  name: string,
  extra: Record<string, unknown> = {},
) {
  const response = await call(t, leader, 'POST', '/api/v1/rehousing/phases', {
    clientKey: crypto.randomUUID(),
    name,
    kind: 'demolition',
    vacateOn: '2027-06-30',
    homes: 120,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

export async function createHousehold(
  t: TestApp,
  session: Session,
  phaseId: string,
  body: Record<string, unknown> = {},
) {
  const response = await call(t, session, 'POST', '/api/v1/rehousing/households', {
    clientKey: crypto.randomUUID(),
    phaseId,
    registeredOn: '2026-01-05',
    contactName: 'Husstand Test (fiktiv)',
    contactInfo: 'husstand@example.test',
    adults: 2,
    children0to5: 1,
    children6to17: 1,
    currentAddress: 'Testvej 1, 5240 Odense NØ',
    rehousingType: 'permanent',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().household.id as string;
}

export async function addEvent(
  t: TestApp,
  session: Session,
  householdId: string,
  body: Record<string, unknown>,
) {
  const response = await call(t, session, 'POST', `/api/v1/rehousing/households/${householdId}/events`, {
    clientKey: crypto.randomUUID(),
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  const detail = response.json() as { events: Array<{ id: string; type: string }> };
  return detail.events.at(-1)?.id as string;
}

/** Enters the 2011–2012 "Udvidet flyttehjælp" through the API: the leader creates the phase, the worker the rest. */
export async function enterFlyttehjaelp(t: TestApp, leader: Session, session: Session): Promise<string> {
  const phaseId = await createPhase(t, leader, FLYTTEHJAELP_PHASE.name, {
    kind: FLYTTEHJAELP_PHASE.kind,
    buildings: FLYTTEHJAELP_PHASE.buildings,
    vacateOn: FLYTTEHJAELP_PHASE.vacateOn,
    homes: FLYTTEHJAELP_PHASE.homes,
  });
  for (const [index, h] of FLYTTEHJAELP_HOUSEHOLDS.entries()) {
    const id = await createHousehold(t, session, phaseId, {
      registeredOn: h.registeredOn,
      contactName: h.contactName,
      adults: h.adults,
      children0to5: h.children,
      children6to17: 0,
    });
    const offers = new Map<string, string>();
    let lastOffer = '';
    for (const step of h.events) {
      const [type, occurredOn] = step;
      if (type === 'offer_made') {
        lastOffer = await addEvent(t, session, id, {
          type,
          occurredOn,
          organisation: index % 2 ? 'FAB' : 'Civica',
          departmentName: 'Bøgeparken',
          rooms: 3,
          rentKr: 6200,
          answerDeadline: fixtureAnswerDeadline(h, step[2]),
        });
        offers.set(step[2], lastOffer);
      } else if (type === 'moved') {
        await addEvent(t, session, id, { type, occurredOn, moveKind: step[2] });
      } else if (type === 'void_last_offer') {
        await addEvent(t, session, id, {
          type: 'voided',
          occurredOn,
          voidsEventId: lastOffer,
          reason: 'Tastet på forkert husstand',
        });
      } else {
        const reason = type === 'offer_declined' ? { reason: declineReason(index) } : {};
        await addEvent(t, session, id, { type, occurredOn, offerId: offers.get(step[2]), ...reason });
      }
    }
  }
  return phaseId;
}
