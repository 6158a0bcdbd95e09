import type { Action } from '../access/actions.ts';

/** What an activity's retention line says: a category's period, or a rule without a period. */
export type RetentionText = 'residents' | 'incidents' | 'outbox' | 'audit' | 'kept' | 'knowledge';

export interface ProcessingActivity {
  key: 'registration' | 'safety' | 'rehousing' | 'beredskab' | 'knowledge' | 'accounts';
  /** Tables of the retention register; their personal columns are the activity's data. */
  tables: readonly string[];
  /** The actions whose roles see the data: the recipients in the record. */
  actions: readonly Action[];
  retention: readonly RetentionText[];
}

/**
 * The processing activities of the record (GDPR art. 30). Every table of the register with personal
 * data belongs to one; processing-record.test.ts fails on a table that belongs to none.
 */
export const PROCESSING_ACTIVITIES: readonly ProcessingActivity[] = [
  {
    key: 'registration',
    tables: [
      'participant',
      'participant_consent',
      'referral',
      'referral_revision',
      'support_case_goal',
      'support_case_contact',
      'support_case_contact_revision',
      'participant_merge',
    ],
    actions: ['registration.read', 'registration.export', 'registration.merge'],
    retention: ['residents'],
  },
  {
    key: 'safety',
    tables: ['safety_contact', 'cks_meeting', 'situation_revision'],
    actions: ['registration.read'],
    retention: ['residents'],
  },
  {
    key: 'rehousing',
    tables: ['rehousing_household', 'household_event', 'rehousing_followup', 'rehousing_letter'],
    actions: ['rehousing.read'],
    retention: ['residents'],
  },
  {
    key: 'beredskab',
    tables: [
      'incident',
      'incident_log',
      'crisis_meeting',
      'crisis_message',
      'alert_contact',
      'outbound_message',
      'delivery_attempt',
    ],
    actions: ['alerting.incident.read', 'alerting.contacts.read', 'alerting.outbox.read'],
    retention: ['incidents', 'outbox', 'kept'],
  },
  {
    key: 'knowledge',
    tables: ['group_course', 'knowledge_entry', 'knowledge_entry_revision'],
    actions: ['registration.read', 'knowledge.read'],
    retention: ['residents', 'knowledge'],
  },
  {
    key: 'accounts',
    tables: ['app_user', 'user_session', 'user_totp', 'audit_event', 'plan_change', 'plan_indicator_value'],
    actions: ['users.read', 'audit.read'],
    retention: ['audit', 'kept'],
  },
];
