import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ParticipantSummary } from '../types.ts';
import { registrationKeys } from './keys.ts';

export interface NewParticipantDraft {
  displayName: string;
  birthYear: string;
  areaId: string;
}

/**
 * The participants in the user's scope who may be the person being registered. Asked for once a
 * name of two letters or more is typed; a year is sent only when it is four digits.
 */
export function useLikelyDuplicates(draft: NewParticipantDraft) {
  const displayName = draft.displayName.trim();
  const year = draft.birthYear.trim();
  const query: Record<string, string> = { displayName };
  if (/^\d{4}$/.test(year)) query.birthYear = year;
  if (draft.areaId) query.areaId = draft.areaId;
  return useQuery({
    queryKey: registrationKeys.duplicates(query),
    queryFn: ({ signal }) =>
      api.get<{ participants: ParticipantSummary[] }>(
        '/api/v1/participants/likely-duplicates',
        query,
        signal,
      ),
    enabled: displayName.length >= 2,
    retry: false,
  });
}
