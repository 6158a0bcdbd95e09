import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Volunteers } from '../types.ts';
import { registrationKeys } from './keys.ts';

export type { Volunteers };

export function useVolunteers(year: number) {
  return useQuery({
    queryKey: registrationKeys.volunteers(year),
    queryFn: ({ signal }) => api.get<Volunteers>('/api/v1/volunteers', { year }, signal),
  });
}
