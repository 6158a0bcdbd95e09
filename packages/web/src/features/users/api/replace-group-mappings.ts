import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { GroupMappingEntry, GroupMappingList } from '../../../types/api.ts';
import { usersKeys } from './keys.ts';

export type ReplaceGroupMappingsBody = { mappings: GroupMappingEntry[] };

/** Replaces the whole group table: the server saves every row or, on any problem, none. */
export function replaceGroupMappings(body: ReplaceGroupMappingsBody): Promise<GroupMappingList> {
  return api.put<GroupMappingList>('/api/v1/identity-mappings', body);
}

export function useReplaceGroupMappings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceGroupMappings,
    onSuccess: (answer) => queryClient.setQueryData(usersKeys.groupMappings, answer),
  });
}
