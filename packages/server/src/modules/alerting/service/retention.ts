import { da } from '@helhed/core';
import { perPlanRule, type RetentionRule } from '../../../platform/retention/run.ts';
import {
  anonymiseIncidents,
  clearOutbox,
  closedIncidentsBefore,
  outboxBefore,
} from '../queries/retention.ts';

const marker = da.retention.erased;

/** The beredskab's rules: the outbox after its short period, closed incidents after theirs. */
export const alertingRetention: readonly RetentionRule[] = [
  perPlanRule('outbound_message', 'outbox', outboxBefore, clearOutbox),
  perPlanRule(
    'incident',
    'incidents',
    (db, cutoff) => closedIncidentsBefore(db, cutoff, marker),
    (db, planId, cutoff) => anonymiseIncidents(db, planId, cutoff, marker),
  ),
];
