import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PlanDocumentList } from '../types.ts';
import { DOCUMENTS_PATH, documentKeys } from './keys.ts';

export function getDocuments(signal?: AbortSignal): Promise<PlanDocumentList> {
  return api.get<PlanDocumentList>(DOCUMENTS_PATH, undefined, signal);
}

export function useDocuments() {
  return useQuery({ queryKey: documentKeys.list, queryFn: ({ signal }) => getDocuments(signal) });
}

/** The address of one version's PDF (a link: the browser saves the file). */
export function versionFileUrl(documentId: string, versionId: string): string {
  return `${DOCUMENTS_PATH}/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}`;
}
