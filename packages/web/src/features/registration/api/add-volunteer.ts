import { api } from '../../../lib/api-client.ts';
import type { Volunteers } from './get-volunteers.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export function useAddVolunteer() {
  return useRegistrationMutation((body: { clientKey: string; participantId: string; startedOn: string }) =>
    api.post<Volunteers>('/api/v1/volunteers', body),
  );
}
