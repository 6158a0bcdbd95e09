import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Contact } from '../types.ts';
import { ALERTING_PATH, alertingKeys } from './keys.ts';

/** Confirms that a person's entry on the alert list is still right. */
export function confirmContact(id: string): Promise<Contact> {
  return api.post<Contact>(`${ALERTING_PATH}/contacts/${encodeURIComponent(id)}/confirm`);
}

export function useConfirmContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmContact,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.contacts }),
  });
}
