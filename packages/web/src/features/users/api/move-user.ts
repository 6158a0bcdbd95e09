import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { usersKeys } from './keys.ts';

/** Moves a user to a team (or none). */
export function useMoveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; teamId: string | null }) =>
      api.put<User>(`/api/v1/users/${input.userId}/team`, { teamId: input.teamId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.users }),
  });
}
