import { ROLES, type Role } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../test/build-test-app.ts';
import { ACTION_ROLES, type Action } from './actions.ts';

// Every route × every role against the rules table, plus no session at all. Runs on one database:
// the gate is code, not SQL; the data-layer tests cover both databases.
// URLs are written as in the OpenAPI document; {placeholders} are filled with real ids of the
// seeded plan (see resolveUrl). `allowed` overrides the status expected for an allowed role.
const RH = '/api/v1/rehousing';
const RH_LETTER = `${RH}/households/{id}/letters/{offerId}`;
const ROUTES: Array<{
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  action: Action;
  allowed?: number;
}> = [
  { method: 'GET', url: '/api/v1/auth/session', action: 'session.read' },
  // "Mine sessioner": {id} is an unknown session, so an allowed role gets 404.
  { method: 'GET', url: '/api/v1/auth/sessions', action: 'session.read' },
  { method: 'DELETE', url: '/api/v1/auth/sessions/{id}', action: 'session.end', allowed: 404 },
  { method: 'POST', url: '/api/v1/auth/sessions/end-others', action: 'session.end', allowed: 200 },
  { method: 'GET', url: '/api/v1/plan', action: 'plan.read' },
  { method: 'GET', url: '/api/v1/plan/goals', action: 'plan.read' },
  { method: 'GET', url: '/api/v1/plan/focus-areas/{slug}', action: 'plan.read' },
  { method: 'GET', url: '/api/v1/plan/staff-hours', action: 'plan.read' },
  { method: 'GET', url: '/api/v1/plan/indicators/{indicatorId}', action: 'plan.read' },
  { method: 'PUT', url: '/api/v1/plan/indicators/{indicatorId}/values', action: 'plan.edit' },
  // A JSON body is not an import file: an allowed role passes the gate and gets 415.
  { method: 'POST', url: '/api/v1/plan/indicator-imports', action: 'plan.edit', allowed: 415 },
  { method: 'GET', url: '/api/v1/plan/activities', action: 'plan.read' },
  { method: 'POST', url: '/api/v1/plan/activities', action: 'plan.edit' },
  { method: 'GET', url: '/api/v1/plan/activities/{activityId}', action: 'plan.read' },
  { method: 'PATCH', url: '/api/v1/plan/activities/{activityId}', action: 'plan.edit' },
  { method: 'PATCH', url: '/api/v1/plan/sub-agreements/{subAgreementId}', action: 'plan.edit' },
  { method: 'GET', url: '/api/v1/plan/changes', action: 'plan.history.read' },
  { method: 'GET', url: '/api/v1/users', action: 'users.read' },
  { method: 'POST', url: '/api/v1/users', action: 'users.create' },
  { method: 'PUT', url: '/api/v1/users/{id}/team', action: 'users.edit' },
  // Account lifecycle: {id} is an unknown user, so an allowed role gets 404 (or 400 without a body).
  { method: 'POST', url: '/api/v1/users/{id}/deactivate', action: 'users.edit', allowed: 404 },
  { method: 'POST', url: '/api/v1/users/{id}/reactivate', action: 'users.edit', allowed: 404 },
  { method: 'POST', url: '/api/v1/users/{id}/reset-password', action: 'users.edit', allowed: 404 },
  { method: 'POST', url: '/api/v1/users/{id}/role', action: 'users.edit' },
  { method: 'POST', url: '/api/v1/users/{id}/handover', action: 'users.handover' },
  { method: 'GET', url: '/api/v1/audit-events', action: 'audit.read' },
  // Beredskab; {id}, {meetingId} and {messageId} are unknown ids, so an allowed role gets 404.
  { method: 'GET', url: '/api/v1/alerting/action-card', action: 'alerting.incident.raise' },
  { method: 'GET', url: '/api/v1/alerting/contacts', action: 'alerting.contacts.read' },
  { method: 'POST', url: '/api/v1/alerting/contacts', action: 'alerting.contacts.manage' },
  { method: 'PUT', url: '/api/v1/alerting/contacts/{id}', action: 'alerting.contacts.manage' },
  {
    method: 'POST',
    url: '/api/v1/alerting/contacts/{id}/confirm',
    action: 'alerting.contacts.manage',
    allowed: 404,
  },
  { method: 'GET', url: '/api/v1/alerting/shifts', action: 'alerting.contacts.read' },
  { method: 'POST', url: '/api/v1/alerting/shifts', action: 'alerting.contacts.manage' },
  { method: 'DELETE', url: '/api/v1/alerting/shifts/{id}', action: 'alerting.contacts.manage', allowed: 404 },
  { method: 'GET', url: '/api/v1/alerting/settings', action: 'alerting.contacts.read' },
  { method: 'PUT', url: '/api/v1/alerting/settings', action: 'alerting.settings.manage' },
  { method: 'GET', url: '/api/v1/alerting/incidents', action: 'alerting.incident.read' },
  { method: 'POST', url: '/api/v1/alerting/incidents', action: 'alerting.incident.raise' },
  { method: 'GET', url: '/api/v1/alerting/incidents/{id}', action: 'alerting.incident.read', allowed: 404 },
  {
    method: 'GET',
    url: '/api/v1/alerting/incidents/{id}/events',
    action: 'alerting.incident.read',
    allowed: 404,
  },
  {
    method: 'POST',
    url: '/api/v1/alerting/incidents/{id}/activate',
    action: 'alerting.incident.run',
    allowed: 404,
  },
  { method: 'POST', url: '/api/v1/alerting/incidents/{id}/log', action: 'alerting.incident.run' },
  {
    method: 'POST',
    url: '/api/v1/alerting/incidents/{id}/close',
    action: 'alerting.incident.run',
    allowed: 404,
  },
  {
    method: 'GET',
    url: '/api/v1/alerting/incidents/{id}/timeline.json',
    action: 'alerting.incident.run',
    allowed: 404,
  },
  {
    method: 'GET',
    url: '/api/v1/alerting/incidents/{id}/timeline.csv',
    action: 'alerting.incident.run',
    allowed: 404,
  },
  { method: 'POST', url: '/api/v1/alerting/incidents/{id}/meetings', action: 'alerting.incident.run' },
  {
    method: 'POST',
    url: '/api/v1/alerting/incidents/{id}/meetings/{meetingId}/attendance',
    action: 'alerting.incident.run',
  },
  { method: 'POST', url: '/api/v1/alerting/incidents/{id}/messages', action: 'alerting.incident.run' },
  {
    method: 'POST',
    url: '/api/v1/alerting/incidents/{id}/messages/{messageId}/approve',
    action: 'alerting.message.approve',
    allowed: 404,
  },
  {
    method: 'POST',
    url: '/api/v1/alerting/incidents/{id}/messages/{messageId}/send',
    action: 'alerting.incident.run',
    allowed: 404,
  },
  { method: 'GET', url: '/api/v1/alerting/outbox', action: 'alerting.outbox.read' },
  { method: 'GET', url: '/api/v1/alerting/status', action: 'alerting.outbox.read' },
  { method: 'GET', url: '/api/v1/alerting/rota-gaps', action: 'alerting.contacts.read' },
  // Registration; {id} is an unknown id, so an allowed role reading it gets 404 (writes fail validation).
  { method: 'GET', url: '/api/v1/participants', action: 'registration.read' },
  { method: 'POST', url: '/api/v1/participants', action: 'registration.edit' },
  { method: 'GET', url: '/api/v1/participants/{id}', action: 'registration.read', allowed: 404 },
  { method: 'PATCH', url: '/api/v1/participants/{id}', action: 'registration.edit', allowed: 404 },
  { method: 'POST', url: '/api/v1/participants/{id}/consent-withdrawal', action: 'registration.edit' },
  { method: 'POST', url: '/api/v1/participants/{id}/shares', action: 'registration.edit' },
  { method: 'POST', url: '/api/v1/participants/{id}/referrals', action: 'registration.edit' },
  { method: 'POST', url: '/api/v1/participants/{id}/erase', action: 'registration.erase' },
  { method: 'GET', url: '/api/v1/participants/{id}/export', action: 'registration.export', allowed: 404 },
  {
    method: 'GET',
    url: '/api/v1/participants/{id}/export.html',
    action: 'registration.export',
    allowed: 404,
  },
  { method: 'GET', url: '/api/v1/cases', action: 'registration.read' },
  { method: 'POST', url: '/api/v1/cases', action: 'registration.edit' },
  { method: 'GET', url: '/api/v1/cases/{id}', action: 'registration.read', allowed: 404 },
  { method: 'POST', url: '/api/v1/cases/{id}/goals', action: 'registration.edit' },
  { method: 'POST', url: '/api/v1/cases/{id}/contacts', action: 'registration.edit' },
  { method: 'POST', url: '/api/v1/cases/{id}/status', action: 'registration.edit' },
  { method: 'POST', url: '/api/v1/cases/{id}/close', action: 'registration.edit' },
  { method: 'POST', url: '/api/v1/referrals/{id}/decision', action: 'registration.edit' },
  { method: 'GET', url: '/api/v1/registration/options', action: 'registration.read' },
  { method: 'GET', url: '/api/v1/teams', action: 'teams.read' },
  // Without ?quarter / ?year an allowed role passes the gate and gets the Danish 400.
  { method: 'GET', url: '/api/v1/reports/quarterly', action: 'reports.read', allowed: 400 },
  { method: 'GET', url: '/api/v1/reports/annual', action: 'reports.read', allowed: 400 },
  { method: 'POST', url: '/api/v1/teams', action: 'teams.manage' },
  { method: 'GET', url: '/api/v1/group-courses', action: 'registration.read' },
  { method: 'POST', url: '/api/v1/group-courses', action: 'registration.edit' },
  { method: 'GET', url: '/api/v1/group-courses/{id}', action: 'registration.read', allowed: 404 },
  { method: 'POST', url: '/api/v1/group-courses/{id}/enrolments', action: 'registration.edit' },
  {
    method: 'PUT',
    url: '/api/v1/group-courses/{id}/sessions/{sessionId}/attendance',
    action: 'registration.edit',
  },
  {
    method: 'POST',
    url: '/api/v1/group-courses/{id}/enrolments/{enrolmentId}/completion',
    action: 'registration.edit',
  },
  { method: 'POST', url: '/api/v1/group-courses/{id}/evaluation', action: 'registration.edit' },
  {
    method: 'PUT',
    url: '/api/v1/group-courses/{id}/evaluation/publication',
    action: 'registration.evaluation.publish',
  },
  {
    method: 'DELETE',
    url: '/api/v1/group-courses/{id}/evaluation/publication',
    action: 'registration.evaluation.publish',
    allowed: 404,
  },
  { method: 'GET', url: '/api/v1/volunteers', action: 'registration.read' },
  { method: 'POST', url: '/api/v1/volunteers', action: 'registration.edit' },
  { method: 'GET', url: '/api/v1/safety-contacts', action: 'registration.read' },
  { method: 'POST', url: '/api/v1/safety-contacts', action: 'registration.edit' },
  { method: 'GET', url: '/api/v1/cks-meetings', action: 'registration.read' },
  { method: 'POST', url: '/api/v1/cks-meetings', action: 'registration.edit' },
  // Genhusning; {id} is an unknown household (404), {offerId} is not an id (400).
  { method: 'GET', url: `${RH}/phases`, action: 'rehousing.status.read' },
  { method: 'POST', url: `${RH}/phases`, action: 'rehousing.manage' },
  { method: 'GET', url: `${RH}/status`, action: 'rehousing.status.read' },
  { method: 'GET', url: `${RH}/status/export`, action: 'rehousing.status.read', allowed: 400 },
  { method: 'GET', url: `${RH}/households`, action: 'rehousing.read' },
  { method: 'POST', url: `${RH}/households`, action: 'rehousing.edit' },
  { method: 'GET', url: `${RH}/households/{id}`, action: 'rehousing.read', allowed: 404 },
  { method: 'PATCH', url: `${RH}/households/{id}`, action: 'rehousing.edit', allowed: 404 },
  { method: 'POST', url: `${RH}/households/{id}/events`, action: 'rehousing.edit' },
  { method: 'POST', url: `${RH}/households/{id}/followups`, action: 'rehousing.edit' },
  { method: 'POST', url: `${RH}/households/{id}/referrals`, action: 'rehousing.edit' },
  { method: 'GET', url: `${RH}/households/{id}/export`, action: 'rehousing.read', allowed: 404 },
  { method: 'POST', url: `${RH}/households/{id}/erase`, action: 'rehousing.manage' },
  { method: 'GET', url: RH_LETTER, action: 'rehousing.read', allowed: 400 },
  { method: 'GET', url: `${RH_LETTER}/pdf`, action: 'rehousing.read', allowed: 400 },
  { method: 'POST', url: `${RH}/households/{id}/letters`, action: 'rehousing.edit' },
  { method: 'GET', url: `${RH}/letter-template`, action: 'rehousing.read' },
  { method: 'PUT', url: `${RH}/letter-template`, action: 'rehousing.manage' },
  { method: 'POST', url: `${RH}/household-imports`, action: 'rehousing.manage', allowed: 415 },
  // Program Vollsmose and the videnbase; {slug} is a focus area's slug here, so no program: 404.
  { method: 'GET', url: '/api/v1/programs', action: 'program.read' },
  { method: 'GET', url: '/api/v1/programs/{slug}', action: 'program.read', allowed: 404 },
  { method: 'GET', url: '/api/v1/programs/{slug}/goals/{position}', action: 'program.read', allowed: 400 },
  { method: 'GET', url: '/api/v1/programs/{slug}/plans', action: 'program.read', allowed: 404 },
  { method: 'POST', url: '/api/v1/programs/{slug}/continuations', action: 'program.continuation.edit' },
  { method: 'GET', url: '/api/v1/programs/{slug}/report', action: 'program.read', allowed: 404 },
  { method: 'GET', url: '/api/v1/programs/{slug}/report.pdf', action: 'program.read', allowed: 404 },
  { method: 'GET', url: '/api/v1/knowledge/search', action: 'knowledge.read', allowed: 400 },
  { method: 'GET', url: '/api/v1/knowledge/filters', action: 'knowledge.read' },
  { method: 'GET', url: '/api/v1/knowledge/activities/{activityId}', action: 'knowledge.read' },
  { method: 'POST', url: '/api/v1/knowledge/entries', action: 'knowledge.edit' },
  { method: 'GET', url: '/api/v1/knowledge/entries/{entryId}/file', action: 'knowledge.read', allowed: 400 },
];

describe('access matrix', () => {
  let t: TestApp;
  const sessions = new Map<Role, Session>();
  const ids: Record<string, string> = {
    slug: 'beskaeftigelse',
    indicatorId: 'udd-karaktergennemsnit-9-klasse',
    id: '00000000-0000-4000-8000-000000000000',
    meetingId: '00000000-0000-4000-8000-000000000001',
    messageId: '00000000-0000-4000-8000-000000000002',
    sessionId: '00000000-0000-4000-8000-000000000003',
    enrolmentId: '00000000-0000-4000-8000-000000000004',
  };
  const resolveUrl = (url: string) => url.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name);
  beforeAll(async () => {
    t = await buildTestApp('postgres');
    const activity = await t.db
      .selectFrom('plan_activity')
      .select('id')
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    const subAgreement = await t.db
      .selectFrom('plan_sub_agreement')
      .select('id')
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    ids.activityId = activity.id;
    ids.subAgreementId = subAgreement.id;
    for (const role of ROLES) {
      await addUser(t.db, t.planId, role, `${role}@matrix.dk`);
      sessions.set(role, await signIn(t.app, `${role}@matrix.dk`));
    }
  });
  afterAll(() => t.close());

  it('covers every /api/v1 route of the OpenAPI document, except the public sign-in', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths)
      .filter(([url]) => url.startsWith('/api/v1/'))
      .flatMap(([url, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${url}`));
    const covered = ROUTES.map((r) => `${r.method} ${r.url}`);
    const extra = [
      'POST /api/v1/auth/sign-in',
      'POST /api/v1/auth/sign-out',
      'POST /api/v1/auth/password',
      // Public: the signed, single-use token is the credential of the acknowledge link.
      'GET /api/v1/alerting/ack/{token}',
      // Public: the confirm form (token and nonce in the body), the SMS-code page and the signed webhook.
      'POST /api/v1/alerting/ack',
      'GET /api/v1/alerting/kode',
      'POST /api/v1/alerting/kode',
      'POST /api/v1/alerting/sms/inbound',
    ];
    expect(documented.sort()).toEqual([...covered, ...extra].sort());
  });

  it.each(ROUTES)('$method $url: allowed roles only, and nobody without a session', async (route) => {
    const url = resolveUrl(route.url);
    const payload = route.method === 'GET' ? undefined : {};
    const anonymous = await t.app.inject({ method: route.method, url, payload });
    expect(anonymous.statusCode).toBe(401);
    for (const role of ROLES) {
      const session = sessions.get(role) as Session;
      const response = await t.app.inject({
        method: route.method,
        url,
        headers: as(session, route.method),
        payload,
      });
      const isAllowed = (ACTION_ROLES[route.action] as readonly Role[]).includes(role);
      // An allowed write with an empty body fails validation (400), which proves it passed the gate.
      const expected = isAllowed ? (route.allowed ?? (route.method === 'GET' ? 200 : 400)) : 403;
      expect({ role, status: response.statusCode }).toEqual({ role, status: expected });
    }
  });

  it('refuses to boot when a route declares no access rule', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerAccessGate } = await import('./access-plugin.ts');
    const app = Fastify();
    registerAccessGate(app);
    expect(() => app.get('/api/v1/forgotten', async () => ({}))).toThrow(/declares no config.access/);
  });
});
