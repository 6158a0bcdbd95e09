import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Activity, ActivityInput } from '../types.ts';
import { planKeys } from './keys.ts';

export function updateActivity(id: string, input: Partial<ActivityInput>): Promise<Activity> {
  return apiRequest<Activity>(`/api/v1/plan/activities/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function useUpdateActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<ActivityInput>) => updateActivity(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
