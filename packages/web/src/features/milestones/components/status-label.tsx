import { da } from '@helhed/core';
import type { Milestone } from '../types.ts';

const m = da.milestones;

/**
 * A milestone's status in words, with why a late one is late; the colour only repeats what the words
 * say (WCAG 1.4.1).
 */
export function MilestoneStatusLabel({ milestone }: { milestone: Pick<Milestone, 'status' | 'lateReason'> }) {
  return (
    <span className={`milestone-status milestone-status--${milestone.status}`}>
      {m.status[milestone.status]}
      {milestone.lateReason ? ` (${m.lateReason[milestone.lateReason]})` : null}
    </span>
  );
}
