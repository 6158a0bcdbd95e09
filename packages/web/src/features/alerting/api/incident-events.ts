import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { alertingKeys, incidentPath } from './keys.ts';

/**
 * Follows the incident's server-sent events and refetches the page's data on every change, so the
 * live page needs no reload. Returns whether the stream is connected.
 */
export function useIncidentEvents(id: string): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(`${incidentPath(id)}/events`);
    source.addEventListener('open', () => setConnected(true));
    source.addEventListener('error', () => setConnected(false));
    source.addEventListener('change', () => {
      void queryClient.invalidateQueries({ queryKey: alertingKeys.incident(id) });
    });
    return () => source.close();
  }, [id, queryClient]);
  return connected;
}
