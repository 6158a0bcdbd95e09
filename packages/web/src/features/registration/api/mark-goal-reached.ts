import { api } from '../../../lib/api-client.ts';
import type { CaseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type MarkGoalBody = { achievedOn: string | null };

export function useMarkGoalReached(caseId: string, goalId: string) {
  return useRegistrationMutation((body: MarkGoalBody) =>
    api.patch<CaseDetail>(`/api/v1/cases/${caseId}/goals/${goalId}`, body),
  );
}
