import { da, fill } from '@helhed/core';
import { insertAuditEvents } from '../audit/queries.ts';
import { findUserForSignIn, insertSession, updateSuccessfulSignIn } from '../auth/queries.ts';
import { type ClientInfo, cleanUserAgent } from '../auth/service.ts';
import { newSessionToken, SESSION_ABSOLUTE_HOURS } from '../auth/session-cookie.ts';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/transaction.ts';
import type { FederatedIdentity, FederationRefusal } from './identity.ts';
import { type GroupMapping, resolveGroups } from './mapping.ts';
import {
  findFederatedUser,
  insertFederatedUser,
  listMappingsForProvider,
  updateFederatedUser,
} from './queries.ts';

/** Every reason a sign-in through a provider gives no session; each has a Danish text. */
export type SignInRefusal =
  | FederationRefusal
  | 'no-group'
  | 'several-plans'
  | 'several-roles'
  | 'no-email'
  | 'email-taken'
  | 'deactivated'
  | 'other-plan';

export class SignInRefused extends Error {
  constructor(readonly reason: SignInRefusal) {
    super(reason);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Entra ID puts at most 200 groups in a token; beyond this many, groups are not looked at. */
const MAX_GROUPS = 5000;
/** The provider's issuer and subject as the account can hold them (migration 0028). */
const fits = (value: string) => value.length >= 1 && value.length <= 500;

function normalisedEmail(value: string | null): string | null {
  const email = value?.trim().toLowerCase() ?? '';
  return email.length >= 3 && email.length <= 254 && EMAIL.test(email) ? email : null;
}

function displayNameOf(identity: FederatedIdentity, email: string): string {
  const name = [...(identity.displayName ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 200);
  return name === '' ? email : name;
}

/** Writes the refusal in the audit log (the plan's, when the person is known there) and throws. */
export async function refuseSignIn(
  db: Db,
  provider: 'oidc' | 'saml',
  reason: SignInRefusal,
  client: ClientInfo,
  who: { label: string; userId?: string | null; planId?: string | null },
): Promise<never> {
  await insertAuditEvents(db, [
    {
      planId: who.planId ?? null,
      actorId: who.userId ?? null,
      actorLabel: who.label.slice(0, 254),
      action: 'sign-in-failed',
      entityType: 'app_user',
      entityId: who.userId ?? null,
      ipAddress: client.ip,
      requestId: client.requestId,
      details: fill(da.accounts.federation.auditDetails.refused, {
        method: da.accounts.federation.methods[provider],
        reason,
      }),
    },
  ]);
  throw new SignInRefused(reason);
}

/**
 * Opens a session for a person the provider vouched for. The administrator's group table decides
 * the plan, role and team; the account is made at the first sign-in and brought up to date at
 * every later one, so a group taken away at the organisation takes the access away at the next
 * sign-in. No mapped group, several plans or roles, no usable e-mail, an e-mail of another account,
 * a deactivated account: no session, a Danish reason and a line in the audit log.
 */
export async function signInFederated(db: Db, given: FederatedIdentity, client: ClientInfo) {
  // Only group names a mapping can hold, and not more than a query takes in one go.
  const groups = [...new Set(given.groups)]
    .filter((g) => g.length > 0 && g.length <= 256)
    .slice(0, MAX_GROUPS);
  const identity = { ...given, groups };
  if (!fits(identity.issuer) || !fits(identity.subject)) {
    return refuseSignIn(db, identity.provider, 'invalid-response', client, { label: identity.provider });
  }
  const rows = await listMappingsForProvider(db, identity.provider, identity.groups);
  const mappings: GroupMapping[] = rows.map((r) => ({
    planId: r.plan_id,
    groupName: r.group_name,
    role: r.role as GroupMapping['role'],
    teamId: r.team_id,
  }));
  const outcome = resolveGroups(mappings, identity.groups);
  const existing = await findFederatedUser(db, identity.issuer, identity.subject);
  const email = normalisedEmail(identity.email);
  const who = {
    label: existing?.email ?? email ?? `${identity.provider}:${identity.subject}`,
    userId: existing?.id ?? null,
    planId: existing?.plan_id ?? (outcome.kind === 'granted' ? outcome.planId : null),
  };
  const refuse = (reason: SignInRefusal) => refuseSignIn(db, identity.provider, reason, client, who);
  if (existing && !existing.is_active) return refuse('deactivated');
  if (outcome.kind === 'refused') return refuse(outcome.reason);
  if (existing && existing.plan_id !== outcome.planId) return refuse('other-plan');
  if (!email) return refuse('no-email');
  if (existing?.email !== email && (await findUserForSignIn(db, email))) return refuse('email-taken');

  const session = newSessionToken();
  const displayName = displayNameOf(identity, email);
  const actor = {
    actorId: existing?.id ?? null,
    actorLabel: email,
    planId: outcome.planId,
    ip: client.ip,
    requestId: client.requestId,
  };
  await withTransaction(db, actor, async (trx) => {
    const grant = { email, displayName, role: outcome.role, teamId: outcome.teamId };
    const userId =
      existing?.id ??
      (await insertFederatedUser(trx, {
        ...grant,
        planId: outcome.planId,
        issuer: identity.issuer,
        subject: identity.subject,
      }));
    if (existing) await updateFederatedUser(trx, existing.id, grant);
    await updateSuccessfulSignIn(trx, userId);
    await insertSession(trx, {
      planId: outcome.planId,
      userId,
      tokenHash: session.tokenHash,
      csrfToken: session.csrfToken,
      absoluteHours: SESSION_ABSOLUTE_HOURS,
      ip: client.ip,
      userAgent: cleanUserAgent(client.userAgent),
      state: 'active',
      signInMethod: identity.provider,
    });
    await insertAuditEvents(trx, [
      {
        planId: outcome.planId,
        actorId: userId,
        actorLabel: email,
        action: 'sign-in',
        entityType: 'app_user',
        entityId: userId,
        ipAddress: client.ip,
        requestId: client.requestId,
        details: fill(da.accounts.federation.auditDetails.signedIn, {
          method: da.accounts.federation.methods[identity.provider],
          issuer: identity.issuer,
        }),
      },
    ]);
  });
  return session;
}
