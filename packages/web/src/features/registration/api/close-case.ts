import { api } from '../../../lib/api-client.ts';
import type { CaseDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

/** `outcome` is checked on the client before sending; the server checks it again. */
export type CloseCaseBody = { endedOn: string; outcome: string };

export function useCloseCase(caseId: string) {
  return useRegistrationMutation((body: CloseCaseBody) =>
    api.post<CaseDetail>(`/api/v1/cases/${caseId}/close`, body),
  );
}
