import { BOARD_REVIEW_COLUMNS } from './register-board-review.ts';
import { CORRECTION_COLUMNS, WITH_PARTICIPANT } from './register-corrections.ts';
import { MERGE_COLUMNS } from './register-merge.ts';
import { PLAN_DATA_COLUMNS } from './register-plan.ts';
import { PLAN_DOCUMENT_COLUMNS } from './register-plan-documents.ts';
import { FEDERATION_COLUMNS, SECOND_FACTOR_COLUMNS } from './register-second-factor.ts';

/**
 * The retention register (issue 21): every table with a text, JSON, array or network column, which
 * of those columns hold personal data, why they are kept and what deletes them. It states what the
 * code does today, gaps included ("no rule yet"), so that a data protection officer reads the truth
 * here. register.test.ts fails when a migration adds such a column that no entry names.
 */
export type DataCategory = 'resident' | 'staff' | 'none';

export interface RegisterEntry {
  category: DataCategory;
  purpose: string;
  /** What deletes or anonymises the personal columns, and when. */
  retention: string;
  /** Columns that hold personal data: names, contact details, addresses, free text, network data. */
  personal: readonly string[];
  /** Text columns that hold none (codes, vocabularies, plan text). */
  other: readonly string[];
}

const WITH_HOUSEHOLD =
  'erased with the household: by a leader, or by the retention job the same period after the rehousing ended';
const AFTER_INCIDENT =
  'free text replaced by “Slettet efter opbevaringsperioden” HELHED_RETENTION_INCIDENTS (default 36m) after the incident was closed';
const OUTBOX =
  'recipient, subject and body cleared HELHED_RETENTION_OUTBOX (default 90d) after the message was made, once delivered or given up; status and times stay';

export const RETENTION_REGISTER: Readonly<Record<string, RegisterEntry>> = {
  participant: {
    category: 'resident',
    purpose: 'the person a forløb, course or volunteering is about',
    retention: WITH_PARTICIPANT,
    personal: ['display_name', 'contact', 'gender'],
    other: [],
  },
  participant_consent: {
    category: 'resident',
    purpose: 'proof of consent per purpose (GDPR art. 7(1))',
    retention: `${WITH_PARTICIPANT}; the dates and purposes stay as proof`,
    personal: ['partner_names'],
    other: [],
  },
  referral: {
    category: 'resident',
    purpose: 'why and by whom a person was referred',
    retention: WITH_PARTICIPANT,
    personal: ['reason', 'source_other'],
    other: ['source', 'decision'],
  },
  support_case: {
    category: 'resident',
    purpose: 'the forløb and its outcome (counted in reports)',
    retention: `${WITH_PARTICIPANT}; status and outcome stay, without the person`,
    personal: [],
    other: ['status', 'outcome'],
  },
  support_case_goal: {
    category: 'resident',
    purpose: 'the goals agreed in a forløb',
    retention: `${WITH_PARTICIPANT} (rows deleted)`,
    personal: ['text', 'agreed_at'],
    other: [],
  },
  support_case_contact: {
    category: 'resident',
    purpose: 'the contacts logged in a forløb',
    retention: `${WITH_PARTICIPANT} (rows deleted)`,
    personal: ['note'],
    other: ['kind'],
  },
  group_course: {
    category: 'resident',
    purpose:
      'courses and the worker’s evaluation; the published evaluation is checked for names (decision 0018)',
    retention:
      'evaluation: cleared the residents’ period (HELHED_RETENTION_RESIDENTS) after the course ended; published_evaluation: kept with the videnbase, checked before publishing',
    personal: ['evaluation', 'published_evaluation'],
    other: ['kind', 'title'],
  },
  group_session: {
    category: 'none',
    purpose: 'a course session',
    retention: 'plan data',
    personal: [],
    other: ['title'],
  },
  safety_contact: {
    category: 'resident',
    purpose: 'tryghed contacts: what happened where, and who it was passed to',
    retention:
      'free text removed by the retention job HELHED_RETENTION_RESIDENTS after the contact (situation replaced by a marker); the row stays for the counts',
    personal: ['place', 'situation', 'follow_up'],
    other: ['reported_by', 'routed_to'],
  },
  cks_meeting: {
    category: 'resident',
    purpose: 'CKS meetings: who attended (counts per organisation) and what was agreed',
    retention:
      'agreements removed by the retention job HELHED_RETENTION_RESIDENTS after the meeting; counts stay',
    personal: ['agreements'],
    other: ['attendance'],
  },
  rehousing_household: {
    category: 'resident',
    purpose: 'a household in genhusning, its wishes and needs',
    retention: WITH_HOUSEHOLD,
    personal: [
      'contact_name',
      'contact_info',
      'current_address',
      'wish_areas',
      'wish_floor',
      'special_needs',
    ],
    other: ['rehousing_type'],
  },
  household_event: {
    category: 'resident',
    purpose: 'offers, answers and moves of a household (counted in the status table)',
    retention: `${WITH_HOUSEHOLD}; the events stay, without address and reason`,
    personal: ['address', 'reason'],
    other: ['type', 'organisation', 'department_name', 'move_kind'],
  },
  rehousing_followup: {
    category: 'resident',
    purpose: 'the brobygger’s follow-up after a move',
    retention: WITH_HOUSEHOLD,
    personal: ['note'],
    other: ['kind', 'connection'],
  },
  rehousing_letter: {
    category: 'resident',
    purpose: 'that an offer letter went out, and to which address',
    retention: `${WITH_HOUSEHOLD}; the fact of the letter stays`,
    personal: ['sent_to'],
    other: ['method'],
  },
  rehousing_reminder: {
    category: 'none',
    purpose: 'that the responsible worker was told once about an offer (deadline near, or expired)',
    retention: 'deleted with the offer’s household',
    personal: [],
    other: ['kind'],
  },
  rehousing_letter_template: {
    category: 'none',
    purpose: 'the plan’s letter template (placeholders only)',
    retention: 'plan data',
    personal: [],
    other: ['subject', 'body'],
  },
  rehousing_phase: {
    category: 'none',
    purpose: 'a rehousing phase',
    retention: 'plan data',
    personal: [],
    other: ['name', 'buildings', 'kind'],
  },
  knowledge_entry: {
    category: 'resident',
    purpose: 'the videnbase: method notes and assessments; may name a person by mistake',
    retention:
      'kept with the plan; CPR, e-mail and phone found in title or body replaced by “[slettet]” HELHED_RETENTION_RESIDENTS after it was written; a name is removed by hand',
    personal: ['title', 'body', 'file_name', 'assessor', 'withdrawn_reason'],
    other: ['kind', 'file_type'],
  },
  knowledge_entry_revision: {
    category: 'resident',
    purpose: 'who edited or withdrew a videnbase entry, why, and its text before and after',
    retention:
      'kept with the entry; CPR, e-mail and phone in a kept text replaced by “[slettet]” HELHED_RETENTION_RESIDENTS after the change; an edit that removes personal data keeps no earlier text',
    personal: ['before', 'after', 'reason'],
    other: ['change'],
  },
  incident: {
    category: 'resident',
    purpose: 'a crisis (beredskab): what happened where',
    retention: `${AFTER_INCIDENT}; level, category, area and times stay`,
    personal: ['description', 'location', 'raised_by_label'],
    other: ['level', 'category', 'area_slug', 'status', 'kind'],
  },
  incident_log: {
    category: 'resident',
    purpose: 'the crisis log',
    retention: `${AFTER_INCIDENT}; the rows stay`,
    personal: ['text', 'actor_label'],
    other: ['kind'],
  },
  crisis_meeting: {
    category: 'staff',
    purpose: 'the crisis meeting convened',
    retention: AFTER_INCIDENT,
    personal: ['convened_by_label'],
    other: ['meeting_url'],
  },
  crisis_message: {
    category: 'resident',
    purpose: 'messages drafted in a crisis; the body may describe residents',
    retention: `${AFTER_INCIDENT}; approval and sending times stay`,
    personal: ['subject', 'body', 'drafted_by_label'],
    other: ['audience'],
  },
  alert: {
    category: 'none',
    purpose: 'an alert of an incident',
    retention: 'with the incident',
    personal: [],
    other: ['stage', 'reason', 'sms_code'],
  },
  alert_contact: {
    category: 'staff',
    purpose: 'the beredskab’s contact list (staff and partners)',
    retention: 'kept while the person is on the list; the administrator removes them',
    personal: ['full_name', 'email', 'phone', 'role_title'],
    other: ['contact_group'],
  },
  alert_job: {
    category: 'none',
    purpose: 'an alerting job',
    retention: 'with the incident',
    personal: [],
    other: ['kind'],
  },
  alert_organisation: {
    category: 'none',
    purpose: 'an organisation in the contact list',
    retention: 'plan data',
    personal: [],
    other: ['name'],
  },
  outbound_message: {
    category: 'resident',
    purpose: 'the outbox: mail and SMS of the beredskab on their way',
    retention: OUTBOX,
    personal: ['recipient', 'subject', 'body', 'last_error'],
    other: ['channel', 'status'],
  },
  delivery_attempt: {
    category: 'staff',
    purpose: 'each attempt to deliver a message; the error may quote an address',
    retention: `${OUTBOX} (the error with its message)`,
    personal: ['error'],
    other: ['channel'],
  },
  app_user: {
    category: 'staff',
    purpose: 'accounts',
    retention: 'kept while the account exists; deactivation ends sign-in, the row stays for the audit log',
    personal: ['email', 'display_name', 'password_hash', 'identity_subject'],
    other: ['role', 'identity_issuer'],
  },
  user_session: {
    category: 'staff',
    purpose: 'signed-in sessions',
    retention: 'deleted at sign-out, at expiry or after the idle limit',
    personal: ['ip_address', 'user_agent', 'csrf_token'],
    other: ['state', 'sign_in_method'],
  },
  audit_event: {
    category: 'staff',
    purpose: 'who read or changed what (accountability, GDPR art. 5(2))',
    retention:
      'deleted after HELHED_RETENTION_AUDIT (default 5y, at least 1y) through purge_audit_events, the only deletion the log allows, which records itself',
    personal: ['actor_label', 'ip_address', 'details'],
    other: ['action', 'entity_type', 'entity_id', 'request_id', 'purpose'],
  },
  erasure_journal: {
    category: 'none',
    purpose: 'which participant or household was erased and when, so a restore erases them again',
    retention: 'kept: ids and dates only, append-only',
    personal: [],
    other: ['subject_kind'],
  },
  team: {
    category: 'none',
    purpose: 'a team of the plan',
    retention: 'plan data',
    personal: [],
    other: ['name'],
  },
  ...PLAN_DATA_COLUMNS,
  ...MERGE_COLUMNS,
  ...CORRECTION_COLUMNS,
  ...SECOND_FACTOR_COLUMNS,
  ...FEDERATION_COLUMNS,
  ...BOARD_REVIEW_COLUMNS,
  ...PLAN_DOCUMENT_COLUMNS,
};
