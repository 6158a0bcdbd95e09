import { da } from '@helhed/core';
import { ApiError } from '../../../lib/api-client.ts';
import { importContentType, type UploadProgress, uploadFile } from '../../../lib/upload-file.ts';
import type { ImportResult, ImportRowError } from '../types.ts';

/** A rejected import: every bad row with its Danish reason. */
export class ImportRejected extends Error {
  readonly rows: ImportRowError[];
  constructor(message: string, rows: ImportRowError[]) {
    super(message);
    this.name = 'ImportRejected';
    this.rows = rows;
  }
}

/**
 * Uploads the file with its progress shown (lib/upload-file.ts); resolves with the summary, rejects
 * with every bad row, or with the API's error.
 */
export async function importIndicators(
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportResult> {
  const { status, body } = await uploadFile(
    '/api/v1/plan/indicator-imports',
    file,
    importContentType(file),
    onProgress,
  );
  const answer = body as {
    error?: { code?: string; message?: string; rows?: ImportRowError[]; details?: unknown };
  } | null;
  if (status >= 200 && status < 300 && answer) return answer as ImportResult;
  const error = answer?.error;
  if (error?.code === 'IMPORT_INVALID' && Array.isArray(error.rows)) {
    throw new ImportRejected(error.message ?? da.planUi.importFailed, error.rows);
  }
  throw new ApiError(status, error?.code ?? `HTTP_${status}`, error?.message ?? da.web.unexpectedError);
}
