import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Every endpoint of the module × every kind of caller, against real rows of Team Nord: the role
// gate (403), the row scope (404 — existence never revealed) and what an allowed caller gets.
// Each cell gets fresh rows, so a write in one cell cannot change the answer of another.
type Fixture = {
  participantId: string;
  caseId: string;
  goalId: string;
  contactId: string;
  referralId: string;
};
type Caller =
  | 'owner'
  | 'sameTeam'
  | 'otherTeam'
  | 'shared'
  | 'leader'
  | 'admin'
  | 'reader'
  | 'alerting'
  | 'none';
type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH';
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  ok: number;
  /** Lists answer 200 to everyone allowed; what matters is whether the row is in them. */
  list?: (json: unknown, f: Fixture) => boolean;
  leaderOnly?: boolean;
};

const day = '2026-11-10';

/** The whole list, which must fit one page here, so "not in the list" means not in scope. */
function onePage(json: unknown, key: 'participants' | 'cases'): { id: string }[] {
  const answer = json as Record<string, { id: string }[]> & { total: number };
  const items = answer[key] ?? [];
  if (answer.total !== items.length) throw new Error(`${key}: ${answer.total} rows do not fit one page`);
  return items;
}
const ENDPOINTS: Record<string, Endpoint> = {
  'GET /participants': {
    method: 'GET',
    url: () => '/api/v1/participants?limit=200',
    ok: 200,
    list: (json, f) => onePage(json, 'participants').some((p) => p.id === f.participantId),
  },
  'GET /participants/{id}': { method: 'GET', url: (f) => `/api/v1/participants/${f.participantId}`, ok: 200 },
  'PATCH /participants/{id}': {
    method: 'PATCH',
    url: (f) => `/api/v1/participants/${f.participantId}`,
    body: () => ({ contact: 'ny' }),
    ok: 200,
  },
  'POST /participants/{id}/consent-withdrawal': {
    method: 'POST',
    url: (f) => `/api/v1/participants/${f.participantId}/consent-withdrawal`,
    body: () => ({ withdrawnOn: day }),
    ok: 204,
  },
  'POST /participants/{id}/shares': {
    method: 'POST',
    url: (f) => `/api/v1/participants/${f.participantId}/shares`,
    body: () => ({ userId: 'LEADER' }),
    ok: 200,
  },
  'POST /participants/{id}/referrals': {
    method: 'POST',
    url: (f) => `/api/v1/participants/${f.participantId}/referrals`,
    body: () => ({ clientKey: crypto.randomUUID(), source: 'ssp', referredOn: day, activityId: 'ACTIVITY' }),
    ok: 201,
  },
  'POST /participants/{id}/erase': {
    method: 'POST',
    url: (f) => `/api/v1/participants/${f.participantId}/erase`,
    body: () => ({ confirm: true }),
    ok: 204,
    leaderOnly: true,
  },
  // A second record of the same person, in Team Nord too: only a leader merges (and undoes).
  'POST /participants/{id}/merge': {
    method: 'POST',
    url: (f) => `/api/v1/participants/${f.participantId}/merge`,
    body: () => ({ duplicateId: 'DUPLICATE', reason: 'Samme person' }),
    ok: 200,
    leaderOnly: true,
  },
  'GET /participants/{id}/merges': {
    method: 'GET',
    url: (f) => `/api/v1/participants/${f.participantId}/merges`,
    ok: 200,
    leaderOnly: true,
  },
  'GET /participants/{id}/export': {
    method: 'GET',
    url: (f) => `/api/v1/participants/${f.participantId}/export`,
    ok: 200,
  },
  'GET /participants/{id}/export.html': {
    method: 'GET',
    url: (f) => `/api/v1/participants/${f.participantId}/export.html`,
    ok: 200,
  },
  'POST /referrals/{id}/decision': {
    method: 'POST',
    url: (f) => `/api/v1/referrals/${f.referralId}/decision`,
    body: () => ({ decision: 'declined', decidedOn: day }),
    ok: 200,
  },
  'PATCH /referrals/{id}': {
    method: 'PATCH',
    url: (f) => `/api/v1/referrals/${f.referralId}`,
    body: () => ({
      source: 'other',
      sourceOther: 'Boligsocial vicevært',
      text: 'Rettet',
      reason: 'Forkert kilde',
    }),
    ok: 200,
  },
  'GET /cases': {
    method: 'GET',
    url: () => '/api/v1/cases?limit=200',
    ok: 200,
    list: (json, f) => onePage(json, 'cases').some((c) => c.id === f.caseId),
  },
  'POST /cases (for the participant)': {
    method: 'POST',
    url: () => '/api/v1/cases',
    body: (f) => ({
      clientKey: crypto.randomUUID(),
      participantId: f.participantId,
      activityId: 'ACTIVITY',
      startedOn: day,
    }),
    ok: 201,
  },
  'GET /cases/{id}': { method: 'GET', url: (f) => `/api/v1/cases/${f.caseId}`, ok: 200 },
  'POST /cases/{id}/goals': {
    method: 'POST',
    url: (f) => `/api/v1/cases/${f.caseId}/goals`,
    body: () => ({ text: 'Mål', agreedOn: day }),
    ok: 201,
  },
  'PATCH /cases/{id}/goals/{goalId}': {
    method: 'PATCH',
    url: (f) => `/api/v1/cases/${f.caseId}/goals/${f.goalId}`,
    body: () => ({ achievedOn: day }),
    ok: 200,
  },
  'POST /cases/{id}/contacts': {
    method: 'POST',
    url: (f) => `/api/v1/cases/${f.caseId}/contacts`,
    body: () => ({ clientKey: crypto.randomUUID(), occurredOn: day, kind: 'phone' }),
    ok: 201,
  },
  'PATCH /cases/{id}/contacts/{contactId}': {
    method: 'PATCH',
    url: (f) => `/api/v1/cases/${f.caseId}/contacts/${f.contactId}`,
    body: () => ({ occurredOn: day, kind: 'meeting', note: 'Rettet', reason: 'Forkert type' }),
    ok: 200,
  },
  'POST /cases/{id}/contacts/{contactId}/removal': {
    method: 'POST',
    url: (f) => `/api/v1/cases/${f.caseId}/contacts/${f.contactId}/removal`,
    body: () => ({ reason: 'Tastet forkert' }),
    ok: 200,
  },
  'POST /cases/{id}/status': {
    method: 'POST',
    url: (f) => `/api/v1/cases/${f.caseId}/status`,
    body: () => ({ status: 'retention' }),
    ok: 200,
  },
  'POST /cases/{id}/close': {
    method: 'POST',
    url: (f) => `/api/v1/cases/${f.caseId}/close`,
    body: () => ({ endedOn: day, outcome: 'moved' }),
    ok: 200,
  },
};

const IN_SCOPE: Caller[] = ['owner', 'sameTeam', 'shared', 'leader'];

function expected(endpoint: Endpoint, caller: Caller): number | 'listed' | 'not listed' {
  if (caller === 'none') return 401;
  if (caller === 'admin' || caller === 'reader' || caller === 'alerting') return 403;
  if (endpoint.leaderOnly && caller !== 'leader') return 403;
  const inScope = IN_SCOPE.includes(caller);
  if (endpoint.list) return inScope ? 'listed' : 'not listed';
  if (inScope) return endpoint.ok;
  // Creating a forløb for someone outside the scope names them in the body: a field error that
  // reads the same as for an id that does not exist.
  return endpoint.url({ participantId: '', caseId: '', goalId: '', contactId: '', referralId: '' }) ===
    '/api/v1/cases'
    ? 400
    : 404;
}

describe.each(TEST_DATABASES)('registration scope matrix on %s', (kind) => {
  let t: TestApp;
  const callers = new Map<Caller, Session | null>();
  let leaderId = '';
  let sharedId = '';
  let refs: Awaited<ReturnType<typeof planRefs>>;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const north = await addTeam(t.db, t.planId, 'Team Nord');
    const south = await addTeam(t.db, t.planId, 'Team Syd');
    callers.set('owner', (await addMember(t, 'worker', 'owner@test.dk', north)).session);
    callers.set('sameTeam', (await addMember(t, 'worker', 'kollega@test.dk', north)).session);
    callers.set('otherTeam', (await addMember(t, 'worker', 'syd@test.dk', south)).session);
    const shared = await addMember(t, 'worker', 'delt@test.dk', south);
    sharedId = shared.id;
    callers.set('shared', shared.session);
    const leader = await addMember(t, 'leader', 'leder@test.dk', null);
    leaderId = leader.id;
    callers.set('leader', leader.session);
    for (const role of ['admin', 'reader', 'alerting'] as const) {
      callers.set(role, (await addMember(t, role, `${role}@test.dk`, null)).session);
    }
    callers.set('none', null);
    refs = await planRefs(t);
  });
  afterAll(() => t.close());

  async function fixture(): Promise<Fixture> {
    const owner = callers.get('owner') as Session;
    const p = await call(t, owner, 'POST', '/api/v1/participants', participantBody(refs, 'Matrix Person'));
    const participantId = p.json().id;
    const r = await call(t, owner, 'POST', `/api/v1/participants/${participantId}/referrals`, {
      clientKey: crypto.randomUUID(),
      source: 'jobcenter',
      referredOn: '2026-11-02',
      activityId: refs.activityId,
    });
    const c = await call(t, owner, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId,
      activityId: refs.activityId,
      startedOn: '2026-11-03',
      goals: [{ text: 'Første mål', agreedOn: '2026-11-03' }],
    });
    await call(t, owner, 'POST', `/api/v1/participants/${participantId}/shares`, { userId: sharedId });
    const caseId = c.json().id;
    const logged = await call(t, owner, 'POST', `/api/v1/cases/${caseId}/contacts`, {
      clientKey: crypto.randomUUID(),
      occurredOn: '2026-11-04',
      kind: 'phone',
    });
    return {
      participantId,
      caseId,
      goalId: c.json().goals[0].id,
      contactId: logged.json().contacts[0].id,
      referralId: r.json().referrals[0].id,
    };
  }

  const cells = Object.keys(ENDPOINTS).flatMap((name) =>
    (
      ['owner', 'sameTeam', 'otherTeam', 'shared', 'leader', 'admin', 'reader', 'alerting', 'none'] as const
    ).map((caller) => ({ name, caller })),
  );

  it.each(cells)('$name as $caller', async ({ name, caller }) => {
    const endpoint = ENDPOINTS[name] as Endpoint;
    const f = await fixture();
    const raw = endpoint.body ? JSON.stringify(endpoint.body(f)) : undefined;
    const owner = callers.get('owner') as Session;
    const twin = () => call(t, owner, 'POST', '/api/v1/participants', participantBody(refs, 'Matrix Dublet'));
    const duplicate = raw?.includes('"DUPLICATE"') ? (await twin()).json().id : null;
    const body = raw
      ?.replace('"DUPLICATE"', JSON.stringify(duplicate))
      .replace('"LEADER"', JSON.stringify(leaderId))
      .replace('"ACTIVITY"', JSON.stringify(refs.activityId));
    const response = await call(
      t,
      callers.get(caller) ?? null,
      endpoint.method,
      endpoint.url(f),
      body ? JSON.parse(body) : undefined,
    );
    const want = expected(endpoint, caller);
    if (want === 'listed' || want === 'not listed') {
      expect(response.statusCode).toBe(200);
      expect(endpoint.list?.(response.json(), f) ? 'listed' : 'not listed').toBe(want);
    } else {
      expect(response.statusCode, response.body.slice(0, 300)).toBe(want);
    }
    if (!IN_SCOPE.includes(caller)) expect(response.body).not.toContain('Matrix Person');
  });
});
