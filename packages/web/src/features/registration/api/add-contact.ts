import { api } from '../../../lib/api-client.ts';
import type { CaseDetail, ContactKind } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type AddContactBody = { clientKey: string; occurredOn: string; kind: ContactKind; note: string };

export function useAddContact(caseId: string) {
  return useRegistrationMutation((body: AddContactBody) =>
    api.post<CaseDetail>(`/api/v1/cases/${caseId}/contacts`, body),
  );
}
