import type { HandoverStep } from '../../../platform/users/handover.ts';
import { moveOpenHouseholds } from '../queries/households.ts';

/** Genhusning's part of a handover: the worker's households still in rehousing. */
export const householdHandover: HandoverStep = { move: moveOpenHouseholds };
