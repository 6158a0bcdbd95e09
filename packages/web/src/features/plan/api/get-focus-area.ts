import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { FocusArea } from '../types.ts';
import { planKeys } from './keys.ts';

export function getFocusArea(slug: string, signal?: AbortSignal): Promise<FocusArea> {
  return api.get<FocusArea>(`/api/v1/plan/focus-areas/${encodeURIComponent(slug)}`, undefined, signal);
}

export function useFocusArea(slug: string) {
  return useQuery({
    queryKey: planKeys.focusArea(slug),
    queryFn: ({ signal }) => getFocusArea(slug, signal),
  });
}
