import { da } from '@helhed/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCsrfToken } from '../../../lib/api-client.ts';
import { REHOUSING_PATH, rehousingKeys } from './keys.ts';

/** All imported, or nothing, with every bad row's Danish reason. */
export type ImportOutcome = { ok: true; count: number } | { ok: false; message: string; rows: string[] };

/** Sends the file as it is (CSV or XLSX); never throws: a failure is an outcome to show. */
export async function importHouseholds(file: File, contentType: string): Promise<ImportOutcome> {
  try {
    const response = await fetch(`${REHOUSING_PATH}/household-imports`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': contentType,
        Accept: 'application/json',
        'X-CSRF-Token': getCsrfToken() ?? '',
      },
      body: file,
    });
    const body = (await response.json().catch(() => null)) as {
      imported?: number;
      error?: { message: string; details?: Array<{ message: string }> };
    } | null;
    if (response.ok && body?.imported !== undefined) return { ok: true, count: body.imported };
    return {
      ok: false,
      message: body?.error?.message ?? da.web.unexpectedError,
      rows: body?.error?.details?.map((d) => d.message) ?? [],
    };
  } catch {
    return { ok: false, message: da.web.networkError, rows: [] };
  }
}

export function useImportHouseholds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, contentType }: { file: File; contentType: string }) =>
      importHouseholds(file, contentType),
    onSuccess: (outcome) =>
      outcome.ok ? queryClient.invalidateQueries({ queryKey: rehousingKeys.all }) : undefined,
  });
}
