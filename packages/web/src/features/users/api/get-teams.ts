import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { usersKeys } from './keys.ts';

export type Team = { id: string; name: string };

export function useTeams() {
  return useQuery({
    queryKey: usersKeys.teams,
    queryFn: ({ signal }) =>
      api.get<{ teams: Team[] }>('/api/v1/teams', undefined, signal).then((r) => r.teams),
  });
}
