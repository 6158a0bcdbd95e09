import { da } from '@helhed/core';
import { ApiError, getCsrfToken, NETWORK_ERROR_STATUS } from './api-client.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The content type the API expects for a file, from its name (browsers often send "" for .csv). */
export function importContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

/** Why a chosen table file cannot be sent (none chosen, not CSV or XLSX, too large), in Danish. */
export function tableFileProblem(file: File | undefined): string | undefined {
  if (!file) return da.planUi.fileRequired;
  if (!importContentType(file)) return da.planUi.fileWrongType;
  if (file.size > MAX_IMPORT_BYTES) return da.planUi.fileTooLarge;
  return undefined;
}

export type UploadProgress = { loaded: number; total: number; done: boolean };

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends a file as the raw body with XMLHttpRequest rather than fetch: only XHR reports upload
 * progress. `onProgress` gets `done: true` once the file is sent and the server works on it.
 * Resolves with the status and the parsed JSON answer; rejects only when the network fails.
 */
export function uploadFile(
  url: string,
  file: File,
  contentType: string | null,
  onProgress: (progress: UploadProgress) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
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
    xhr.addEventListener('load', () => resolve({ status: xhr.status, body: parse(xhr.responseText) }));
    xhr.send(file);
  });
}
