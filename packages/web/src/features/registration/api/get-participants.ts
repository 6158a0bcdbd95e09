import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type { ParticipantSummary } from '../types.ts';
import { registrationKeys } from './keys.ts';

export const PARTICIPANT_PAGE_SIZE = 50;
export const PARTICIPANT_FILTERS = ['q', 'birthYear', 'areaId', 'teamId', 'activityId', 'status'] as const;
export type ParticipantFilter = (typeof PARTICIPANT_FILTERS)[number];
export type ParticipantPage = { participants: ParticipantSummary[]; total: number };

function getParticipants(query: Record<string, string | number>, signal: AbortSignal) {
  return api.get<ParticipantPage>('/api/v1/participants', query, signal);
}

/** One page of the participant list, as the address describes it; the last page stays while the next loads. */
export function useParticipantPage(view: ListView<ParticipantFilter>) {
  const query = {
    ...view.filters,
    sort: view.sort,
    dir: view.dir,
    limit: PARTICIPANT_PAGE_SIZE,
    offset: view.offset,
  };
  return useQuery({
    queryKey: registrationKeys.participants(query),
    queryFn: ({ signal }) => getParticipants(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The first matches for a picker: names containing the text, in alphabetical order. */
export function useParticipantMatches(text: string, limit = 20) {
  const q = text.trim();
  const query = { q, limit };
  return useQuery({
    queryKey: registrationKeys.participants(query),
    queryFn: ({ signal }) => getParticipants(query, signal),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}
