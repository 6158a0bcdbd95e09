import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

// Every query of federated sign-in: the group mappings, the one-time sign-in flows, the accounts a
// provider made, and the SAML assertions already accepted.

export function listMappingsForProvider(db: Db, provider: 'oidc' | 'saml', groups: readonly string[]) {
  if (groups.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('identity_group_mapping')
    .select(['plan_id', 'group_name', 'role', 'team_id'])
    .where('provider', '=', provider)
    .where('group_name', 'in', groups)
    .execute();
}

export function listMappingsOfPlan(db: Db, planId: string) {
  return db
    .selectFrom('identity_group_mapping as m')
    .leftJoin('team as t', 't.id', 'm.team_id')
    .select(['m.id', 'm.provider', 'm.group_name', 'm.role', 'm.team_id', 't.name as team_name'])
    .where('m.plan_id', '=', planId)
    .orderBy('m.provider')
    .orderBy('m.group_name')
    .execute();
}

export interface MappingRow {
  provider: 'oidc' | 'saml';
  groupName: string;
  role: string;
  teamId: string | null;
}

/** Replaces the plan's whole table; the audit trigger records each row removed and added. */
export async function replaceMappingsOfPlan(db: Db, planId: string, rows: readonly MappingRow[]) {
  await db.deleteFrom('identity_group_mapping').where('plan_id', '=', planId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('identity_group_mapping')
    .values(
      rows.map((r) => ({
        plan_id: planId,
        provider: r.provider,
        group_name: r.groupName,
        role: r.role,
        team_id: r.teamId,
      })),
    )
    .execute();
}

export function countTeamsOfPlan(db: Db, planId: string, teamIds: readonly string[]) {
  if (teamIds.length === 0) return Promise.resolve(0);
  return db
    .selectFrom('team')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('plan_id', '=', planId)
    .where('id', 'in', teamIds)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export async function insertSignInFlow(
  db: Db,
  flow: { stateHash: Buffer; provider: 'oidc' | 'saml'; nonce: string | null; codeVerifier: string | null },
  maxAgeMinutes: number,
) {
  await db
    .deleteFrom('sign_in_flow')
    .where('created_at', '<', sql<Date>`now() - make_interval(mins => ${maxAgeMinutes})`)
    .execute();
  await db
    .insertInto('sign_in_flow')
    .values({
      state_hash: flow.stateHash,
      provider: flow.provider,
      nonce: flow.nonce,
      code_verifier: flow.codeVerifier,
    })
    .execute();
}

/** Takes a flow out: a state is answered once; a second answer with the same state finds nothing. */
export function takeSignInFlow(db: Db, stateHash: Buffer, provider: 'oidc' | 'saml', maxAgeMinutes: number) {
  return db
    .deleteFrom('sign_in_flow')
    .where('state_hash', '=', stateHash)
    .where('provider', '=', provider)
    .where('created_at', '>=', sql<Date>`now() - make_interval(mins => ${maxAgeMinutes})`)
    .returning(['nonce', 'code_verifier'])
    .executeTakeFirst();
}

export function findFederatedUser(db: Db, issuer: string, subject: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'plan_id', 'email', 'display_name', 'role', 'team_id', 'is_active'])
    .where('identity_issuer', '=', issuer)
    .where('identity_subject', '=', subject)
    .executeTakeFirst();
}

export async function insertFederatedUser(
  db: Db,
  user: {
    planId: string;
    issuer: string;
    subject: string;
    email: string;
    displayName: string;
    role: string;
    teamId: string | null;
  },
) {
  const row = await db
    .insertInto('app_user')
    .values({
      plan_id: user.planId,
      identity_issuer: user.issuer,
      identity_subject: user.subject,
      email: user.email,
      display_name: user.displayName,
      role: user.role,
      team_id: user.teamId,
      password_hash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The provider's word on role, team, name and e-mail is current at every sign-in. */
export async function updateFederatedUser(
  db: Db,
  userId: string,
  patch: { email: string; displayName: string; role: string; teamId: string | null },
) {
  await db
    .updateTable('app_user')
    .set({ email: patch.email, display_name: patch.displayName, role: patch.role, team_id: patch.teamId })
    .where('id', '=', userId)
    .execute();
}

/** Remembers an accepted assertion; false when it was accepted before (a replay). */
export async function rememberAssertion(db: Db, assertionId: string, notOnOrAfter: Date): Promise<boolean> {
  await db.deleteFrom('saml_assertion_seen').where('not_on_or_after', '<', sql<Date>`now()`).execute();
  const inserted = await db
    .insertInto('saml_assertion_seen')
    .values({ assertion_id: assertionId, not_on_or_after: notOnOrAfter })
    .onConflict((oc) => oc.column('assertion_id').doNothing())
    .returning('assertion_id')
    .executeTakeFirst();
  return inserted !== undefined;
}
