import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ParticipantDetail } from '../types.ts';
import { registrationKeys } from './keys.ts';

export function useParticipant(id: string) {
  return useQuery({
    queryKey: registrationKeys.participant(id),
    queryFn: ({ signal }) => api.get<ParticipantDetail>(`/api/v1/participants/${id}`, undefined, signal),
    retry: false,
  });
}
