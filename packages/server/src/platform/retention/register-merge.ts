import type { RegisterEntry } from './register.ts';

/**
 * Merges of two records of one person (migration 0017-participant-merge). The merge keeps row ids
 * (`moved`), no personal value; the leader's reason is free text about the person. The merged-away
 * participant row keeps its own fields only for the 30-day undo window: the registration module's
 * retention rule `participant_merge` erases it after that, and erasing the kept record erases it too.
 */
export const MERGE_COLUMNS: Record<string, RegisterEntry> = {
  participant_merge: {
    category: 'resident',
    purpose: 'two records of one person made one: what moved (ids), why and by whom, for the 30-day undo',
    retention:
      'reason cleared when the kept participant is erased (by a leader or by the retention job HELHED_RETENTION_RESIDENTS); the merged-away record is erased 30 days after the merge',
    personal: ['reason'],
    other: ['moved'],
  },
};
