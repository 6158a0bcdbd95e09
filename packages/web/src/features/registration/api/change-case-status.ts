import { api } from '../../../lib/api-client.ts';
import type { CaseDetail, CaseStatus } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useChangeCaseStatus(caseId: string) {
  return useRegistrationMutation((body: { status: Exclude<CaseStatus, 'closed'> }) =>
    api.post<CaseDetail>(`/api/v1/cases/${caseId}/status`, body),
  );
}
