import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { RegisterEntry } from '../types.ts';
import { programKeys, programPath } from './keys.ts';

/** The program's register: which plans take part and what they deliver. */
export function getRegister(slug: string, signal?: AbortSignal): Promise<{ plans: RegisterEntry[] }> {
  return api.get<{ plans: RegisterEntry[] }>(`${programPath(slug)}/plans`, undefined, signal);
}

export function useRegister(slug: string) {
  return useQuery({
    queryKey: programKeys.register(slug),
    queryFn: ({ signal }) => getRegister(slug, signal),
  });
}
