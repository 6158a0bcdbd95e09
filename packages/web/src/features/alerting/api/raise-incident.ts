import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Incident, RaiseIncidentRequest as RaiseInput } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

export type { RaiseIncidentRequest as RaiseInput } from '../types.ts';

/** `clientKey` makes a retried request idempotent: the server raises the incident once per key. */
export function raiseIncident(input: RaiseInput): Promise<Incident> {
  return api.post<Incident>(`${ALERTING_PATH}/incidents`, input);
}

export function useRaiseIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: raiseIncident,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.incidents }),
  });
}
