import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Team } from './get-teams.ts';
import { usersKeys } from './keys.ts';

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { clientKey: string; name: string }) => api.post<Team>('/api/v1/teams', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.teams }),
  });
}
