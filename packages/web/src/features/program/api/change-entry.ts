import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { programKeys } from './keys.ts';

export type EntryEdit = {
  year: number;
  title: string;
  body: string;
  reason: string;
  removesPersonalData: boolean;
  confirmPersonalData: boolean;
};

/** An edit or a withdrawal of the plan's own entry; the videnbase's pages refresh after either. */
function useEntryMutation<T>(send: (body: T) => Promise<{ id: string }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  });
}

export function useEditEntry(entryId: string) {
  return useEntryMutation((body: EntryEdit) =>
    api.patch<{ id: string }>(`/api/v1/knowledge/entries/${entryId}`, body),
  );
}

export function useWithdrawEntry(entryId: string) {
  return useEntryMutation((body: { reason: string }) =>
    api.post<{ id: string }>(`/api/v1/knowledge/entries/${entryId}/withdrawal`, body),
  );
}
