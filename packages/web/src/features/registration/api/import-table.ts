import { da } from '@helhed/core';
import { ApiError } from '../../../lib/api-client.ts';
import { importContentType, type UploadProgress, uploadFile } from '../../../lib/upload-file.ts';
import type { ImportKind, ImportReport } from '../types.ts';

const PATHS: Record<ImportKind, string> = {
  participants: '/api/v1/participant-imports',
  attendance: '/api/v1/attendance-imports',
  volunteers: '/api/v1/volunteer-imports',
};

/** A file or commit the server refused: its message and, per row or for the file, why. */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly details: Array<{ field: string; message: string }>,
  ) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/**
 * Sends a spreadsheet of one kind: a dry run answers what each row would do and saves nothing; a
 * commit saves every row or none (then rejects with ImportRefused naming the refused rows).
 */
export async function importTable(
  kind: ImportKind,
  mode: 'dry-run' | 'commit',
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportReport> {
  const { status, body } = await uploadFile(
    `${PATHS[kind]}?mode=${mode}`,
    file,
    importContentType(file),
    onProgress,
  );
  const answer = body as
    | (ImportReport & { error?: undefined })
    | { error?: { code?: string; message?: string; details?: Array<{ field: string; message: string }> } }
    | null;
  if (status === 200 && answer && !answer.error) return answer as ImportReport;
  const error = answer?.error;
  if (error?.code === 'IMPORT_INVALID') {
    throw new ImportRefused(error.message ?? da.planUi.importFailed, error.details ?? []);
  }
  throw new ApiError(status, error?.code ?? `HTTP_${status}`, error?.message ?? da.web.unexpectedError);
}
