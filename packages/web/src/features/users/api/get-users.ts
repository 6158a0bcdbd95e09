import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { usersKeys } from './keys.ts';

export async function getUsers(signal?: AbortSignal): Promise<User[]> {
  const response = await api.get<{ users: User[] }>('/api/v1/users', undefined, signal);
  return response.users;
}

export function useUsers() {
  return useQuery({ queryKey: usersKeys.users, queryFn: ({ signal }) => getUsers(signal) });
}
