import type { RegisterEntry } from './register.ts';

/**
 * The board's review record (migration 0025, decision 0030): which report the board reviewed, when,
 * at which meeting. Plan data for the auditor, no personal data: the report snapshot is the
 * published, discretion-safe aggregate; the texts name meetings and reasons, not residents (the
 * text fields refuse CPR numbers). Append-only, so it is kept with the plan.
 */
export const BOARD_REVIEW_COLUMNS: Record<string, RegisterEntry> = {
  board_review: {
    category: 'none',
    purpose: "the board's follow-up of the plan, documented to the auditor (LBF's rules)",
    retention: 'kept with the plan; append-only (withdrawn, never deleted)',
    personal: [],
    other: [
      'meeting',
      'report_kind',
      'report_period',
      'report_fingerprint',
      'report_snapshot',
      'minutes_url',
      'note',
      'withdrawn_reason',
    ],
  },
  // A quarter's approvals, reopenings and send-backs (migration 0026, decision 0033): the approved
  // figures are the published, discretion-safe report; reasons and messages are between staff about
  // the registration work (the text fields refuse CPR numbers). Append-only, kept with the plan.
  quarter_event: {
    category: 'none',
    purpose: "the leader's approval of a quarter's figures, its reopenings and send-backs (LBF's follow-up)",
    retention: 'kept with the plan; append-only',
    personal: [],
    other: ['kind', 'reason', 'figures'],
  },
};
