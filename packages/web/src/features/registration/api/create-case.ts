import { api } from '../../../lib/api-client.ts';
import type { CaseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type CreateCaseBody = {
  clientKey: string;
  participantId: string | null;
  referralId: string | null;
  activityId: string;
  areaId: string | null;
  startedOn: string;
  goals: Array<{ text: string; agreedOn: string; agreedAt: string }>;
};

export function useCreateCase() {
  return useRegistrationMutation((body: CreateCaseBody) => api.post<CaseDetail>('/api/v1/cases', body));
}
