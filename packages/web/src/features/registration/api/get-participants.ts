import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ParticipantSummary } from '../types.ts';
import { registrationKeys } from './keys.ts';

export function useParticipants(q: string, enabled: boolean) {
  return useQuery({
    queryKey: registrationKeys.participants(q),
    queryFn: ({ signal }) =>
      api
        .get<{ participants: ParticipantSummary[] }>('/api/v1/participants', { q }, signal)
        .then((r) => r.participants),
    enabled,
  });
}
