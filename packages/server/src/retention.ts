import { alertingRetention } from './modules/alerting/index.ts';
import { knowledgeRetention } from './modules/program/index.ts';
import { eraseParticipant, registrationRetention } from './modules/registration/index.ts';
import { eraseHousehold, householdRetention } from './modules/rehousing/index.ts';
import type { Db } from './platform/db/database.ts';
import { auditLogRetention } from './platform/retention/audit-rule.ts';
import type { Erasers } from './platform/retention/journal.ts';
import { type RetentionOptions, type RetentionRule, runRetentionRules } from './platform/retention/run.ts';

/**
 * Every module's retention rule, in the order the job runs them (decision 0022): people first, then
 * the free text about them, the beredskab, and the audit log last, so its purge records the run.
 */
export const RETENTION_RULES: readonly RetentionRule[] = [
  ...registrationRetention,
  householdRetention,
  knowledgeRetention,
  ...alertingRetention,
  auditLogRetention,
];

/** How each kind in the erasure journal is erased again after a restore. */
export const ERASERS: Erasers = {
  participant: eraseParticipant,
  household: eraseHousehold,
};

/** The whole retention job (or with dryRun its preview), as the server runs it daily. */
export function runRetention(db: Db, options: RetentionOptions = {}) {
  return runRetentionRules(db, RETENTION_RULES, options);
}
