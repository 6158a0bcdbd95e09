import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Settings, SettingsInput } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export type { SettingsInput } from '../types.ts';

export function updateSettings(input: SettingsInput): Promise<Settings> {
  return apiRequest<Settings>(`${ALERTING_PATH}/settings`, { method: 'PUT', body: input });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.settings }),
  });
}
