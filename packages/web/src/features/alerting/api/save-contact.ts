import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContactInput } from '../types.ts';
import { createContact } from './create-contact.ts';
import { alertingKeys } from './keys.ts';
import { updateContact } from './update-contact.ts';

/** Adds a person (no `id`) or corrects one; the list is refetched after it. */
export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string | null; clientKey: string; values: ContactInput }) =>
      input.id ? updateContact(input.id, input.values) : createContact(input.clientKey, input.values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertingKeys.contacts }),
  });
}
