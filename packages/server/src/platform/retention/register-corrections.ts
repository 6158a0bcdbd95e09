import type { RegisterEntry } from './register.ts';

/** How a resident's data leaves, for every table that goes with the participant. */
export const WITH_PARTICIPANT =
  'erased with the participant: by a leader, or by the retention job HELHED_RETENTION_RESIDENTS (default 24m) after the last forløb, course or volunteering ended';

/**
 * Corrections made after saving (issue 17): what a logged contact or a referral said before and
 * after, and why. They are kept with the record they correct, not in the audit log (which holds no
 * values), and go with the participant's personal data.
 */
export const CORRECTION_COLUMNS: Record<string, RegisterEntry> = {
  support_case_contact_revision: {
    category: 'resident',
    purpose: 'a logged contact corrected or removed: what it said before and after, and why',
    retention: `${WITH_PARTICIPANT} (rows deleted); deleted with the forløb`,
    personal: ['reason', 'before', 'after'],
    other: ['change'],
  },
  referral_revision: {
    category: 'resident',
    purpose: "a referral's source and text corrected: what it said before and after, and why",
    retention: `${WITH_PARTICIPANT} (rows deleted); deleted with the referral`,
    personal: ['reason', 'before', 'after'],
    other: [],
  },
  situation_revision: {
    category: 'resident',
    purpose: 'a tryghed contact or CKS meeting corrected or removed: what it said before and after, and why',
    retention:
      "rows deleted by the retention job HELHED_RETENTION_RESIDENTS when the record it corrects (or its date at the change) is past the period, in the same run that removes the records' free text",
    personal: ['reason', 'before', 'after'],
    other: ['subject', 'change'],
  },
};
