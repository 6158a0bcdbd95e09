import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { addEvent, addMember, addTeam, call, createHousehold, createPhase } from './support.ts';

// Changes to a household: special needs only with a consent date, never a CPR number; a mistaken
// event is corrected by a `voided` event and the status follows; bad input changes nothing.
describe.each(TEST_DATABASES)('genhusning household changes (%s)', (kind) => {
  let t: TestApp;
  let worker: Session;
  let householdId: string;
  const url = () => `/api/v1/rehousing/households/${householdId}`;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Genhusning');
    const leader = (await addMember(t, 'leader', 'leder@helhed.test', team)).session;
    worker = (await addMember(t, 'worker', 'mette@helhed.test', team)).session;
    householdId = await createHousehold(t, worker, await createPhase(t, leader, 'Etape 4 – Birkeparken'));
  }, 120_000);
  afterAll(() => t?.close());

  it('records special needs only with the consent date', async () => {
    const without = await call(t, worker, 'PATCH', url(), {
      specialNeeds: 'Kørestolsbruger, skal bo i stueplan',
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.details[0]).toMatchObject({
      field: 'specialNeedsConsentOn',
      message: expect.stringContaining('samtykke'),
    });
    const cpr = await call(t, worker, 'PATCH', url(), { contactName: 'Familie 010190-1234' });
    expect(cpr.statusCode).toBe(400);
    const unchanged = (await call(t, worker, 'GET', url())).json().household;
    expect(unchanged.specialNeeds).toBeNull();
    expect(unchanged.contactName).toBe('Husstand Test (fiktiv)');
    const withConsent = await call(t, worker, 'PATCH', url(), {
      specialNeeds: 'Kørestolsbruger, skal bo i stueplan',
      specialNeedsConsentOn: '2026-01-06',
      wishAccessible: true,
      wishRooms: 3,
    });
    expect(withConsent.statusCode, withConsent.body).toBe(200);
    expect(withConsent.json().household).toMatchObject({
      specialNeeds: 'Kørestolsbruger, skal bo i stueplan',
      specialNeedsConsentOn: '2026-01-06',
      wishAccessible: true,
      wishRooms: 3,
    });
  });

  it('corrects a mistaken offer with a voided event; the history keeps both', async () => {
    const offer = await addEvent(t, worker, householdId, {
      type: 'offer_made',
      occurredOn: '2026-02-01',
      organisation: 'FAB',
      answerDeadline: '2026-02-15',
    });
    expect((await call(t, worker, 'GET', url())).json().household.status).toBe('offered');
    await addEvent(t, worker, householdId, {
      type: 'voided',
      occurredOn: '2026-02-02',
      voidsEventId: offer,
      reason: 'Tilbuddet var til en anden husstand',
    });
    const detail = (await call(t, worker, 'GET', url())).json();
    expect(detail.household.status).toBe('waiting');
    expect(detail.events.map((e: { type: string; voided: boolean }) => [e.type, e.voided])).toEqual([
      ['registered', false],
      ['offer_made', true],
      ['voided', false],
    ]);
    const answer = await call(t, worker, 'POST', `${url()}/events`, {
      clientKey: crypto.randomUUID(),
      type: 'offer_accepted',
      occurredOn: '2026-02-03',
      offerId: offer,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.details[0].message).toBe(
      'Tilbuddet findes ikke (eller er givet senere end svaret).',
    );
    const twice = await call(t, worker, 'POST', `${url()}/events`, {
      clientKey: crypto.randomUUID(),
      type: 'voided',
      occurredOn: '2026-02-03',
      voidsEventId: offer,
      reason: 'Igen',
    });
    expect(twice.statusCode).toBe(400);
  });

  it('refuses an event in the future and an answer dated before its offer', async () => {
    const future = await call(t, worker, 'POST', `${url()}/events`, {
      clientKey: crypto.randomUUID(),
      type: 'offer_made',
      occurredOn: '2099-01-01',
      organisation: 'FAB',
      answerDeadline: '2099-01-15',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].message).toBe('Datoen kan ikke ligge i fremtiden.');
    const offer = await addEvent(t, worker, householdId, {
      type: 'offer_made',
      occurredOn: '2026-03-10',
      organisation: 'Civica',
      answerDeadline: '2026-03-24',
    });
    const early = await call(t, worker, 'POST', `${url()}/events`, {
      clientKey: crypto.randomUUID(),
      type: 'offer_declined',
      occurredOn: '2026-03-01',
      offerId: offer,
    });
    expect(early.statusCode).toBe(400);
  });
});
