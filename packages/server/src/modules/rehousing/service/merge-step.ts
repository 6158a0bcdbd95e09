import type { ParticipantMergeStep } from '../../registration/index.ts';
import { relinkHouseholds, relinkHouseholdsBack } from '../queries/households.ts';

/** A household's link to its contact person follows a merge of two records of that person. */
export const householdMergeStep: ParticipantMergeStep = {
  move: relinkHouseholds,
  moveBack: relinkHouseholdsBack,
};
