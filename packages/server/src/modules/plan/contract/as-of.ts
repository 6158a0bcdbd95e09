// The delaftaler as of a date (issue 20, item 4):
//   GET /sub-agreements/as-of?date=YYYY-MM-DD[&format=json|xlsx|pdf]  -> SubAgreementsAsOf or a file
//   (admin, leader, reader: the same roles that read the plan's history)
// The changes since that day come from GET /changes?after=YYYY-MM-DD.
import { z } from 'zod';
import { DaySchema } from '../../../platform/contract/fields.ts';
import { FocusAreaDetail } from './overview.ts';
import { timestamp } from './shared.ts';

export const AsOfQuery = z.strictObject({
  date: DaySchema,
  format: z.enum(['json', 'xlsx', 'pdf']).default('json'),
});
export type AsOfQueryInput = z.infer<typeof AsOfQuery>;

export const SubAgreementsAsOf = z.object({
  /** The day chosen: the delaftaler as they were at its end, Danish time. */
  date: z.iso.date(),
  /** The first instant after that day; changes from this instant on are undone. */
  boundary: timestamp,
  focusAreas: z.array(FocusAreaDetail),
  /** How many changes to the delaftaler (not the seed's first load) were made after the day. */
  changesSince: z.number().int(),
});
