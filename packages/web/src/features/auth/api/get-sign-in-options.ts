import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { SignInOptions } from '../../../types/api.ts';
import { authKeys } from './keys.ts';

/** How one can sign in here: the organisation's login (if configured) and whether a password works. */
export function useSignInOptions() {
  return useQuery({
    queryKey: authKeys.signInOptions,
    queryFn: () => api.get<SignInOptions>('/api/v1/auth/providers'),
    staleTime: 10 * 60_000,
  });
}
