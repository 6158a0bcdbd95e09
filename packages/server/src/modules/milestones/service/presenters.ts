import type { z } from 'zod';
import type { MilestoneView } from '../contract/milestones.ts';
import type { MilestoneRow } from '../queries/milestones.ts';
import { shownStatus } from './status.ts';

// Maps milestone rows to the API's view. Plan data with a staff member's name, no resident's data:
// nothing is recorded in the audit log on reading (changes are, by the table's trigger).

export function presentMilestone(row: MilestoneRow, today: string): z.infer<typeof MilestoneView> {
  const shown = shownStatus(row, today);
  return {
    id: row.id,
    subAgreementId: row.sub_agreement_id,
    subAgreementName: row.sub_agreement_name,
    focusAreaSlug: row.focus_area_slug,
    focusAreaName: row.focus_area_name,
    activityId: row.activity_id,
    activityName: row.activity_name,
    dueOn: row.due_on,
    text: row.text,
    responsible: { id: row.responsible_user_id, name: row.responsible_name },
    recordedStatus: row.status,
    status: shown.status,
    lateReason: shown.lateReason,
    doneOn: row.done_on,
    updatedAt: row.updated_at.toISOString(),
  };
}
