import { z } from 'zod';
import { freeText, IdSchema } from '../../../platform/contract/fields.ts';

// Two records of one person made one by a leader, and undone within 30 days (issue 17).

export const MergeBody = z.strictObject({
  /** The other record: it moves into the one in the address and disappears from every list. */
  duplicateId: IdSchema,
  reason: freeText(500),
});

export const MergeParams = z.strictObject({ mergeId: z.uuid() });

export const MergeView = z.object({
  id: z.uuid(),
  keptParticipantId: z.uuid(),
  mergedParticipantId: z.uuid(),
  /** The merged-away record's name; null once erased (30 days after the merge, or with the kept one). */
  mergedName: z.string().nullable(),
  reason: z.string().nullable(),
  mergedByName: z.string().nullable(),
  mergedAt: z.iso.datetime({ offset: true }),
  /** The last moment the merge can be undone (30 days after it was made). */
  undoUntil: z.iso.datetime({ offset: true }),
  undoneAt: z.iso.datetime({ offset: true }).nullable(),
  canUndo: z.boolean(),
  moved: z.object({
    cases: z.number().int(),
    referrals: z.number().int(),
    enrolments: z.number().int(),
    volunteering: z.number().int(),
    shares: z.number().int(),
  }),
});

export const MergeList = z.object({ merges: z.array(MergeView) });

export type ParticipantMerge = z.output<typeof MergeView>;
export type MergeInput = z.output<typeof MergeBody>;
