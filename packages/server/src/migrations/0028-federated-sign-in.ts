import { type Kysely, sql } from 'kysely';

// Issue 19 (docs/decisions/0035-federated-sign-in.md): sign-in through a kommune's identity
// provider, OpenID Connect or SAML.
// - app_user: an account made by a provider has no password (password_hash null) and is known by the
//   provider's issuer and its stable id of the person (identity_issuer, identity_subject). Every
//   account has one or the other.
// - user_session.sign_in_method: how the session began, so sign-out can end the provider's session
//   too, and the session list can say it.
// - identity_group_mapping: the plan's administrator says which of the provider's groups gives which
//   role (never administrator) and team in this plan. A person in no mapped group gets no account.
// - sign_in_flow: one row per sign-in begun at a provider (the hash of its state, or SAML's
//   RelayState; OpenID Connect's nonce and PKCE verifier), deleted when the provider answers, so a
//   state is used once.
// - saml_assertion_seen: the ids of accepted SAML assertions until they expire, so none is used twice.
// The runtime role gets its rights from grantRuntimeRole after every migration, as for every table.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table app_user
      alter column password_hash drop not null,
      add column identity_issuer text check (length(identity_issuer) between 1 and 500),
      add column identity_subject text check (length(identity_subject) between 1 and 500),
      add constraint app_user_identity_key unique (identity_issuer, identity_subject),
      add constraint app_user_identity_pair_check
        check ((identity_issuer is null) = (identity_subject is null)),
      add constraint app_user_credential_check
        check (password_hash is not null or identity_issuer is not null);

    alter table user_session
      add column sign_in_method text not null default 'password'
        check (sign_in_method in ('password', 'oidc', 'saml'));

    create table identity_group_mapping (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plan(id),
      provider text not null check (provider in ('oidc', 'saml')),
      group_name text not null check (length(group_name) between 1 and 256),
      role text not null check (role in ('leader', 'worker', 'reader', 'alerting', 'program_reader')),
      team_id uuid,
      created_at timestamptz not null default now(),
      constraint identity_group_mapping_key unique (plan_id, provider, group_name),
      constraint identity_group_mapping_team_fkey foreign key (plan_id, team_id) references team (plan_id, id)
    );
    create trigger identity_group_mapping_audit after insert or update or delete on identity_group_mapping
      for each row execute function audit_row_change('');

    create table sign_in_flow (
      state_hash bytea primary key check (length(state_hash) = 32),
      provider text not null check (provider in ('oidc', 'saml')),
      nonce text check (length(nonce) between 16 and 200),
      code_verifier text check (length(code_verifier) between 43 and 128),
      created_at timestamptz not null default now(),
      constraint sign_in_flow_oidc_check
        check (provider = 'saml' or (nonce is not null and code_verifier is not null))
    );

    create table saml_assertion_seen (
      assertion_id text primary key check (length(assertion_id) between 1 and 500),
      not_on_or_after timestamptz not null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists saml_assertion_seen, sign_in_flow, identity_group_mapping;
    alter table user_session drop column if exists sign_in_method;
    delete from app_user where password_hash is null;
    alter table app_user
      drop constraint if exists app_user_credential_check,
      drop constraint if exists app_user_identity_pair_check,
      drop constraint if exists app_user_identity_key,
      drop column if exists identity_issuer,
      drop column if exists identity_subject,
      alter column password_hash set not null;
  `.execute(db);
}
