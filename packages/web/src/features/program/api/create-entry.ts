import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Assessor, EntryKind } from '../types.ts';
import { programKeys } from './keys.ts';

/** A knowledge entry as the form has it: the attached file as the browser gives it. */
export type NewEntry = {
  clientKey: string;
  activityId: string;
  kind: EntryKind;
  assessor: Assessor | null;
  year: number;
  title: string;
  body: string;
  confirmPersonalData: boolean;
  file: File | null;
};

/** The file as the API takes it: name, type and the bytes in base64. */
async function encodeFile(file: File | null) {
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { name: file.name, type: file.type || 'application/octet-stream', base64: btoa(binary) };
}

/** `clientKey` makes a retried request idempotent: the server records the entry once per key. */
export async function createEntry(entry: NewEntry): Promise<{ id: string }> {
  return api.post<{ id: string }>('/api/v1/knowledge/entries', {
    ...entry,
    file: await encodeFile(entry.file),
  });
}

export function useCreateEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  });
}
