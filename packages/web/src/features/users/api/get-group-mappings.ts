import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { GroupMappingList } from '../../../types/api.ts';
import { usersKeys } from './keys.ts';

/** The plan's group table: which groups of the organisation's login give which role and team. */
export function getGroupMappings(signal?: AbortSignal): Promise<GroupMappingList> {
  return api.get<GroupMappingList>('/api/v1/identity-mappings', undefined, signal);
}

export function useGroupMappings() {
  return useQuery({
    queryKey: usersKeys.groupMappings,
    queryFn: ({ signal }) => getGroupMappings(signal),
  });
}
