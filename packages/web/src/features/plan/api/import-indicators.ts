import { da } from '@helhed/core';
import { ApiError, getCsrfToken, NETWORK_ERROR_STATUS } from '../../../lib/api-client.ts';
import type { ImportResult, ImportRowError } from '../types.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The content type the API expects for a file, from its name (browsers often send "" for .csv). */
export function importContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

/** A rejected import: every bad row with its Danish reason. */
export class ImportRejected extends Error {
  readonly rows: ImportRowError[];
  constructor(message: string, rows: ImportRowError[]) {
    super(message);
    this.name = 'ImportRejected';
    this.rows = rows;
  }
}

type Progress = { loaded: number; total: number; done: boolean };

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Uploads with XMLHttpRequest rather than fetch: only XHR reports upload progress, which the page shows
 * in a <progress> element. `onProgress` gets `done: true` once the file is sent and the server checks it.
 */
export function importIndicators(
  file: File,
  onProgress: (progress: Progress) => void,
): Promise<ImportResult> {
  const contentType = importContentType(file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/plan/indicator-imports');
    xhr.setRequestHeader('Content-Type', contentType ?? 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.addEventListener('progress', (event) => {
      onProgress({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
        done: false,
      });
    });
    xhr.upload.addEventListener('load', () =>
      onProgress({ loaded: file.size, total: file.size, done: true }),
    );
    xhr.addEventListener('error', () =>
      reject(new ApiError(NETWORK_ERROR_STATUS, 'NETWORK', da.web.networkError)),
    );
    xhr.addEventListener('load', () => {
      const body = parse(xhr.responseText) as {
        error?: { code?: string; message?: string; rows?: ImportRowError[]; details?: unknown };
      } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body as ImportResult);
        return;
      }
      const error = body?.error;
      if (error?.code === 'IMPORT_INVALID' && Array.isArray(error.rows)) {
        reject(new ImportRejected(error.message ?? da.planUi.importFailed, error.rows));
        return;
      }
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? `HTTP_${xhr.status}`,
          error?.message ?? da.web.unexpectedError,
        ),
      );
    });
    xhr.send(file);
  });
}
