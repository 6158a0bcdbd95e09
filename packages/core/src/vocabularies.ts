// Vocabularies more than one module speaks: registration writes them, reports count them and the
// synthetic generator produces them. The API's schemas are built from these lists.

/** Where a referral came from. */
export const REFERRAL_SOURCES = [
  'jobcenter',
  'education-adviser',
  'uuo',
  'school',
  'daycare',
  'health-visitor',
  'ppr',
  'ssp',
  'self',
  'other',
] as const;

/** How a forløb ended (the plan's effect indicators). */
export const OUTCOMES = [
  'education-started',
  'ordinary-job',
  'internship-or-subsidy',
  'leisure-job',
  'closer-to-labour-market',
  'no-change',
  'dropped-out',
  'moved',
] as const;

/** The kinds of contact in a forløb's log. */
export const CONTACT_KINDS = ['meeting', 'three-party', 'phone', 'home-visit', 'other'] as const;

/** Whom a tryghed contact was passed on to. */
export const ROUTED_TO = ['ppr', 'police', 'children-youth', 'ssp', 'housing', 'other'] as const;

/** What the audit log records: reads and changes, sign-ins, exports and account steps. */
export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'export',
  // Account lifecycle (migration 0008-accounts).
  'deactivate',
  'reactivate',
  'role-change',
  'team-change',
  'password-reset',
  'session-end',
  'handover',
  // A merge of two records of one person and its undo (migration 0017-participant-merge).
  'merge',
  'merge-undo',
  // The second factor (migration 0022-second-factor, decision 0027).
  'second-factor-verified',
  'second-factor-failed',
  'second-factor-enabled',
  'second-factor-removed',
  'second-factor-reset',
  'recovery-codes-renewed',
] as const;
