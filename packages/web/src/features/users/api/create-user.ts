import type { Role } from '@helhed/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { usersKeys } from './keys.ts';

export type CreateUserInput = {
  /** Makes a retried request idempotent: the server creates the user only once per key. */
  clientKey: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
  teamId?: string | null;
};

export function createUser(input: CreateUserInput): Promise<User> {
  return api.post<User>('/api/v1/users', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.users }),
  });
}
