import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { alertingKeys, incidentPath } from './keys.ts';

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/**
 * Follows the incident's server-sent events and refetches the page's data on every change, so the
 * live page needs no reload. Returns whether the stream is connected.
 *
 * Every stream starts with a "change" event, so a reconnection also catches up on what changed
 * while it was down. The browser reconnects by itself after a network error, but closes the stream
 * for good after an error answer (say, while the app restarts): then it is opened again here,
 * after 1 s, then twice as long each time up to 30 s.
 */
export function useIncidentEvents(id: string): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: alertingKeys.incident(id) });
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    const connect = () => {
      const current = new EventSource(`${incidentPath(id)}/events`);
      source = current;
      current.addEventListener('open', () => {
        setConnected(true);
        delay = FIRST_RETRY_MS;
      });
      current.addEventListener('error', () => {
        setConnected(false);
        if (current.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(connect, delay);
        delay = Math.min(delay * 2, LAST_RETRY_MS);
      });
      current.addEventListener('change', refresh);
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [id, queryClient]);
  return connected;
}
