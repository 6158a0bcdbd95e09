import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { RegistrationOptions } from '../types.ts';
import { registrationKeys } from './keys.ts';

export function useRegistrationOptions(enabled = true) {
  return useQuery({
    queryKey: registrationKeys.options,
    queryFn: ({ signal }) => api.get<RegistrationOptions>('/api/v1/registration/options', undefined, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
