import { api } from '../../../lib/api-client.ts';
import type { CaseDetail, ContactCorrectionRequest, ContactRemovalRequest } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

/** A logged contact as it should have been, with the reason; the forløb comes back with its history. */
export function useCorrectContact(caseId: string, contactId: string) {
  return useRegistrationMutation((body: ContactCorrectionRequest) =>
    api.patch<CaseDetail>(`/api/v1/cases/${caseId}/contacts/${contactId}`, body),
  );
}

export function useRemoveContact(caseId: string, contactId: string) {
  return useRegistrationMutation((body: ContactRemovalRequest) =>
    api.post<CaseDetail>(`/api/v1/cases/${caseId}/contacts/${contactId}/removal`, body),
  );
}
