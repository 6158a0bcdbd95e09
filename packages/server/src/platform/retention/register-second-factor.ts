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
