import type { MilestoneStatusKey } from '../contract/milestones.ts';

// What a milestone shows (docs/decisions/0032-milestones-and-plan-documents.md): done when recorded
// done; else late when a leader marked it late or its date has passed; else not started. Lateness by
// date is never stored, so it cannot go stale: tomorrow's overview and report see it by themselves.

export interface RecordedMilestone {
  status: MilestoneStatusKey;
  due_on: string;
}

export interface ShownStatus {
  status: MilestoneStatusKey;
  lateReason: 'overdue' | 'marked' | null;
}

export function shownStatus(milestone: RecordedMilestone, today: string): ShownStatus {
  if (milestone.status === 'done') return { status: 'done', lateReason: null };
  if (milestone.due_on < today) return { status: 'late', lateReason: 'overdue' };
  if (milestone.status === 'late') return { status: 'late', lateReason: 'marked' };
  return { status: 'not_started', lateReason: null };
}

export interface StatusCounts {
  total: number;
  done: number;
  late: number;
  notStarted: number;
}

export function countStatuses(milestones: readonly RecordedMilestone[], today: string): StatusCounts {
  const counts: StatusCounts = { total: milestones.length, done: 0, late: 0, notStarted: 0 };
  for (const milestone of milestones) {
    const { status } = shownStatus(milestone, today);
    if (status === 'done') counts.done += 1;
    else if (status === 'late') counts.late += 1;
    else counts.notStarted += 1;
  }
  return counts;
}
