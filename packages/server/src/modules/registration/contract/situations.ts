import { z } from 'zod';
import { freeText } from '../../../platform/contract/fields.ts';
import { PageLimit, PageOffset, Total } from '../../../platform/contract/paging.ts';
import { CksMeetingBody, CksMeetingView, SafetyContactBody, SafetyContactView } from './groups.ts';

// Corrections of tryghed contacts and CKS meetings after saving (issue 17): the record as it
// should have been and a reason, or its removal with a reason; both are kept in a history.

const { clientKey: _safetyKey, ...safetyFields } = SafetyContactBody.shape;
const { clientKey: _cksKey, ...cksFields } = CksMeetingBody.shape;
const reason = freeText(500);

/** The whole tryghed contact as it should have been (every field, as when it was made) and why. */
export const SafetyContactCorrectionBody = z.strictObject({ ...safetyFields, reason });
export type SafetyContactCorrectionInput = z.infer<typeof SafetyContactCorrectionBody>;

export const CksMeetingCorrectionBody = z.strictObject({ ...cksFields, reason });
export type CksMeetingCorrectionInput = z.infer<typeof CksMeetingCorrectionBody>;

export const SituationRemovalBody = z.strictObject({ reason });

/** The history a page at a time, newest first. */
export const SituationRevisionQuery = z.strictObject({ limit: PageLimit, offset: PageOffset });

const { id: _safetyId, ...safetyValues } = SafetyContactView.shape;
const { id: _cksId, ...cksValues } = CksMeetingView.shape;
export const SafetyContactValuesView = z.object(safetyValues);
export const CksMeetingValuesView = z.object(cksValues);

function revisionView<V extends z.ZodType>(values: V) {
  return z.object({
    id: z.uuid(),
    recordId: z.uuid(),
    change: z.enum(['edit', 'remove']),
    reason: z.string(),
    before: values,
    after: values.nullable(),
    changedByName: z.string().nullable(),
    changedAt: z.string(),
  });
}

export const SafetyContactRevisionList = z.object({
  revisions: z.array(revisionView(SafetyContactValuesView)),
  total: Total,
});
export const CksMeetingRevisionList = z.object({
  revisions: z.array(revisionView(CksMeetingValuesView)),
  total: Total,
});

export type SafetyContactValues = z.output<typeof SafetyContactValuesView>;
export type CksMeetingValues = z.output<typeof CksMeetingValuesView>;
export type SafetyContactRevision = z.output<typeof SafetyContactRevisionList>['revisions'][number];
export type CksMeetingRevision = z.output<typeof CksMeetingRevisionList>['revisions'][number];
