import { da } from '@helhed/core';
import { ApiError, type FieldError } from '../../../lib/api-client.ts';
import { type UploadProgress, uploadFile } from '../../../lib/upload-file.ts';
import type { DocumentKind, PlanDocumentUpload } from '../types.ts';
import { DOCUMENTS_PATH } from './keys.ts';

/** Where an upload goes: the kommissorium, the indberetningsskema, a new other document, or a version. */
export type UploadTarget =
  | { kind: Exclude<DocumentKind, 'other'> }
  | { kind: 'other'; title: string }
  | { documentId: string };

function addressOf(target: UploadTarget, fileName: string): string {
  const query = new URLSearchParams({ fileName });
  if ('documentId' in target) {
    return `${DOCUMENTS_PATH}/${encodeURIComponent(target.documentId)}/versions?${query}`;
  }
  query.set('kind', target.kind);
  if (target.kind === 'other') query.set('title', target.title);
  return `${DOCUMENTS_PATH}?${query}`;
}

/**
 * Sends the PDF as the raw body with its progress shown (lib/upload-file.ts). Resolves with the
 * document and whether a new version was made; rejects with the API's Danish error.
 */
export async function uploadDocument(
  target: UploadTarget,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<PlanDocumentUpload> {
  const { status, body } = await uploadFile(
    addressOf(target, file.name),
    file,
    file.type || 'application/pdf',
    onProgress,
  );
  const answer = body as { error?: { code?: string; message?: string; details?: FieldError[] } } | null;
  if (status >= 200 && status < 300 && answer) return answer as PlanDocumentUpload;
  const error = answer?.error;
  throw new ApiError(
    status,
    error?.code ?? `HTTP_${status}`,
    error?.message ?? da.web.unexpectedError,
    Array.isArray(error?.details) ? error.details : [],
  );
}
