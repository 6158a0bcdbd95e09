import {
  type ColumnType,
  type Generated,
  Kysely,
  PostgresDialect,
  type QueryCreator,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { AlertingModuleTables } from '../../modules/alerting/tables.ts';
import type { FinanceModuleTables } from '../../modules/finance/tables.ts';
import type { MilestonesModuleTables } from '../../modules/milestones/tables.ts';
import type { PlanModuleTables } from '../../modules/plan/tables.ts';
import type { PlanDocumentsModuleTables } from '../../modules/plan-documents/tables.ts';
import type { ProgramModuleTables } from '../../modules/program/tables.ts';
import type { RegistrationModuleTables } from '../../modules/registration/tables.ts';
import type { RehousingModuleTables } from '../../modules/rehousing/tables.ts';
import type { ReportsModuleTables } from '../../modules/reports/tables.ts';
import type { SyntheticModuleTables } from '../../modules/synthetic/tables.ts';
import { namePreparedStatements } from './prepared.ts';

// Dates (YYYY-MM-DD) stay strings: a plan period is a calendar day in Denmark, not a UTC instant.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint ids (audit_event.id) as strings, never silently rounded.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AppUserTable {
  id: Generated<string>;
  plan_id: string;
  client_key: string | null;
  email: string;
  display_name: string;
  role: string;
  /** Null for an account made by an identity provider (migration 0028), which has no password. */
  password_hash: string | null;
  /** The identity provider's issuer and its id of the person; both null for a local account. */
  identity_issuer: string | null;
  identity_subject: string | null;
  must_change_password: Generated<boolean>;
  is_active: Generated<boolean>;
  failed_sign_in_count: Generated<number>;
  locked_until: Date | null;
  last_sign_in_at: Date | null;
  created_at: Timestamp;
  /** Added by the registration migration: the team whose participants and forløb the user sees. */
  team_id: Generated<string | null>;
}

export interface UserSessionTable {
  id: Generated<string>;
  plan_id: string;
  user_id: string;
  token_hash: Buffer;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  ip_address: string | null;
  user_agent: string | null;
  /** Migration 0022: 'pending-second-factor' until the code of a user with a factor is given. */
  state: Generated<'active' | 'pending-second-factor'>;
  failed_codes: Generated<number>;
  /** Migration 0028: how the session began. */
  sign_in_method: Generated<'password' | 'oidc' | 'saml'>;
}

/** Which of an identity provider's groups gives which role and team in a plan (migration 0028). */
export interface IdentityGroupMappingTable {
  id: Generated<string>;
  plan_id: string;
  provider: 'oidc' | 'saml';
  group_name: string;
  role: string;
  team_id: string | null;
  created_at: Timestamp;
}

/** A sign-in begun at an identity provider: used once, when the provider answers. */
export interface SignInFlowTable {
  state_hash: Buffer;
  provider: 'oidc' | 'saml';
  /** OpenID Connect only; a SAML flow has its RelayState (the state) alone. */
  nonce: string | null;
  code_verifier: string | null;
  created_at: Timestamp;
}

/** An accepted SAML assertion's id until it expires: none is accepted twice. */
export interface SamlAssertionSeenTable {
  assertion_id: string;
  not_on_or_after: Date;
}

/** A user's TOTP factor (migration 0022, decision 0027); counts only once confirmed. */
export interface UserTotpTable {
  id: Generated<string>;
  plan_id: string;
  user_id: string;
  secret: string;
  confirmed_at: Date | null;
  last_used_step: string | null;
  created_at: Timestamp;
}

/** Single-use recovery codes: a salted SHA-256 hash each, never the code. */
export interface UserRecoveryCodeTable {
  id: Generated<string>;
  plan_id: string;
  user_id: string;
  salt: Buffer;
  code_hash: Buffer;
  used_at: Date | null;
  created_at: Timestamp;
}

export interface AuditEventTable {
  id: Generated<string>;
  plan_id: string | null;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip_address: string | null;
  request_id: string | null;
  purpose: string | null;
  details: string | null;
}

/** Who was erased, where and when: ids and dates only (migration 0012, decision 0022). */
export interface ErasureJournalTable {
  id: Generated<string>;
  plan_id: string;
  subject_kind: 'participant' | 'household';
  subject_id: string;
  erased_at: Timestamp;
}

interface PlatformTables {
  app_user: AppUserTable;
  user_session: UserSessionTable;
  user_totp: UserTotpTable;
  user_recovery_code: UserRecoveryCodeTable;
  identity_group_mapping: IdentityGroupMappingTable;
  sign_in_flow: SignInFlowTable;
  saml_assertion_seen: SamlAssertionSeenTable;
  audit_event: AuditEventTable;
  erasure_journal: ErasureJournalTable;
}

/** Every table, composed from the kernel's and each module's own table types. */
export interface Database
  extends PlatformTables,
    PlanModuleTables,
    AlertingModuleTables,
    RegistrationModuleTables,
    RehousingModuleTables,
    ProgramModuleTables,
    ReportsModuleTables,
    SyntheticModuleTables,
    FinanceModuleTables,
    MilestonesModuleTables,
    PlanDocumentsModuleTables {}

/** A database handle or an open transaction: query functions take either. */
export type Db = Kysely<Database> | Transaction<Database>;

/**
 * What a read query needs: a handle, a transaction, or a handle whose `with` clauses stand in for
 * tables (the delaftaler as of a date read the plan's own queries over rows rebuilt from history).
 */
export type DbReader = QueryCreator<Database>;

export function createDatabase(
  connectionString: string,
  maxConnections = 10,
): {
  db: Kysely<Database>;
  pool: pg.Pool;
} {
  const pool = new pg.Pool({ connectionString, max: maxConnections, application_name: 'helhed' });
  // An idle client losing its connection (e.g. the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  namePreparedStatements(pool);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}
