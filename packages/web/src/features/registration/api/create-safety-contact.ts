import { api } from '../../../lib/api-client.ts';
import type { SafetyContact } from './get-safety-contacts.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type CreateSafetyContactBody = {
  clientKey: string;
  occurredOn: string;
  reportedBy: SafetyContact['reportedBy'];
  areaId: string | null;
  place: string;
  situation: string;
  routedTo: SafetyContact['routedTo'];
  followUp: string;
};

export function useCreateSafetyContact() {
  return useRegistrationMutation((body: CreateSafetyContactBody) =>
    api.post<null>('/api/v1/safety-contacts', body),
  );
}
