import type { RegisterEntry } from './register.ts';

/**
 * The second factor (migration 0022, decision 0027). The TOTP secret is a credential, not personal
 * data about anyone, but it is staff's and is listed with the account; the recovery codes are salted
 * hashes (bytea, no text column). Both go with the account: a reset or turning the factor off
 * deletes them, and deleting the user cascades.
 */
export const SECOND_FACTOR_COLUMNS: Record<string, RegisterEntry> = {
  user_totp: {
    category: 'staff',
    purpose: 'the second factor of a staff account: the TOTP secret the authenticator app shares',
    retention:
      'deleted when the user turns the factor off, an administrator resets it, or the account is deleted',
    personal: ['secret'],
    other: [],
  },
};

/**
 * Sign-in through the organisation's login (migration 0028, decision 0035). The group table names
 * the organisation's groups, not people; a flow holds one-time random values for ten minutes; an
 * assertion id is the provider's random id of one answer.
 */
export const FEDERATION_COLUMNS: Record<string, RegisterEntry> = {
  identity_group_mapping: {
    category: 'none',
    purpose: "which of the organisation's groups gives which role and team in the plan",
    retention: 'plan settings: kept until the administrator removes the row',
    personal: [],
    other: ['provider', 'group_name', 'role'],
  },
  sign_in_flow: {
    category: 'none',
    purpose: 'a sign-in begun at the provider: the nonce and PKCE verifier until it answers',
    retention: 'deleted when the provider answers, or by the next sign-in after 10 minutes',
    personal: [],
    other: ['provider', 'nonce', 'code_verifier'],
  },
  saml_assertion_seen: {
    category: 'none',
    purpose: 'the ids of accepted SAML assertions, so none is accepted twice',
    retention: 'deleted once the assertion has expired, at the next SAML sign-in',
    personal: [],
    other: ['assertion_id'],
  },
};
