import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type Team = { id: string; name: string };
export const teamsQueryKey = ['teams'] as const;

export function useTeams() {
  return useQuery({
    queryKey: teamsQueryKey,
    queryFn: ({ signal }) =>
      api.get<{ teams: Team[] }>('/api/v1/teams', undefined, signal).then((r) => r.teams),
  });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { clientKey: string; name: string }) => api.post<Team>('/api/v1/teams', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
  });
}
