import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  declineReason,
  FLYTTEHJAELP_HOUSEHOLDS,
  fixtureAnswerDeadline,
} from '../../../server/src/modules/rehousing/seed/flyttehjaelp-2012.ts';
import { api } from './browser.ts';

export const PASSWORD = 'foerste-adgangskode-genhusning';

/** The team and the five people of the genhusning browser test, made by the administrator. */
export async function createPeople(page: Page): Promise<void> {
  const teamIds: Record<string, string> = {};
  for (const name of ['Genhusning', 'Beskæftigelse']) {
    const r = await api(page, 'POST', '/api/v1/teams', { clientKey: crypto.randomUUID(), name });
    expect(r.status, r.text).toBe(201);
    teamIds[name] = (r.body as { id: string }).id;
  }
  const people: Array<[string, string, string | null]> = [
    ['leder@genhusning.test', 'leader', 'Genhusning'],
    ['mette@genhusning.test', 'worker', 'Genhusning'],
    ['brobygger@genhusning.test', 'worker', 'Genhusning'],
    ['udenfor@genhusning.test', 'worker', 'Beskæftigelse'],
    ['bestyrelse@genhusning.test', 'reader', null],
  ];
  for (const [email, role, team] of people) {
    const r = await api(page, 'POST', '/api/v1/users', {
      clientKey: crypto.randomUUID(),
      email,
      displayName: email.split('@')[0],
      role,
      password: PASSWORD,
      teamId: team ? teamIds[team] : null,
    });
    expect(r.status, r.text).toBe(201);
  }
}

/** The 2011–2012 household list as the CSV a team would upload. */
export function flyttehjaelpCsv(phase: string): string {
  const header = 'etape;kontaktperson;voksne;børn 0-5;type;skrevet op';
  const rows = FLYTTEHJAELP_HOUSEHOLDS.map((h) =>
    [phase, h.contactName, h.adults, h.children, 'permanent', h.registeredOn].join(';'),
  );
  return [header, ...rows].join('\n');
}

/** The fixture's offers, answers, moves and a correction, recorded through the API from the page. */
export async function recordFlyttehjaelpEvents(page: Page): Promise<void> {
  const list = await api(page, 'GET', '/api/v1/rehousing/households');
  const households = (list.body as { households: Array<{ id: string; contactName: string }> }).households;
  const post = async (id: string, body: Record<string, unknown>) => {
    const r = await api(page, 'POST', `/api/v1/rehousing/households/${id}/events`, {
      clientKey: crypto.randomUUID(),
      ...body,
    });
    expect(r.status, r.text).toBe(201);
    return (r.body as { events: Array<{ id: string }> }).events.at(-1)?.id as string;
  };
  for (const [index, h] of FLYTTEHJAELP_HOUSEHOLDS.entries()) {
    const id = households.find((candidate) => candidate.contactName === h.contactName)?.id;
    if (!id) throw new Error(`no household ${h.contactName}`);
    const offers = new Map<string, string>();
    let last = '';
    for (const step of h.events) {
      const [type, occurredOn] = step;
      if (type === 'offer_made') {
        const answerDeadline = fixtureAnswerDeadline(h, step[2]);
        last = await post(id, { type, occurredOn, organisation: 'Civica', answerDeadline });
        offers.set(step[2], last);
      } else if (type === 'moved') await post(id, { type, occurredOn, moveKind: step[2] });
      else if (type === 'void_last_offer')
        await post(id, { type: 'voided', occurredOn, voidsEventId: last, reason: 'Fejl' });
      else {
        const reason = type === 'offer_declined' ? { reason: declineReason(index) } : {};
        await post(id, { type, occurredOn, offerId: offers.get(step[2]), ...reason });
      }
    }
  }
}

export function plusDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(date);
}

/** Runs fn with some environment variables set (a spawned server inherits them), then restores them. */
export async function withEnv<T>(values: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
