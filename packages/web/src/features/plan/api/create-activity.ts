import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Activity, ActivityInput } from '../types.ts';
import { planKeys } from './keys.ts';

/** `clientKey` makes a retried request idempotent: the server creates the activity once per key. */
export function createActivity(input: ActivityInput & { clientKey: string }): Promise<Activity> {
  return api.post<Activity>('/api/v1/plan/activities', input);
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
