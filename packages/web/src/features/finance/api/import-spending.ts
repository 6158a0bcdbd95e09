import { da } from '@helhed/core';
import { useQueryClient } from '@tanstack/react-query';
import { getCsrfToken } from '../../../lib/api-client.ts';
import type { ImportColumns, ImportResult } from '../types.ts';
import { FINANCE_PATH, financeKeys } from './keys.ts';

export type Mapping = { monthColumn: string; costLineColumn: string; amountColumn: string };
/** An answer or every bad row's Danish reason; never throws. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; rows: string[] };

async function send<T>(url: string, file: File, contentType: string): Promise<Outcome<T>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': contentType,
        Accept: 'application/json',
        'X-CSRF-Token': getCsrfToken() ?? '',
      },
      body: file,
    });
    const body = (await response.json().catch(() => null)) as
      | (T & { error?: undefined })
      | { error: { message: string; details?: Array<{ message: string }> } }
      | null;
    if (response.ok && body && !body.error) return { ok: true, value: body as T };
    return {
      ok: false,
      message: body?.error?.message ?? da.web.unexpectedError,
      rows: body?.error?.details?.map((d) => d.message) ?? [],
    };
  } catch {
    return { ok: false, message: da.web.networkError, rows: [] };
  }
}

export function readImportColumns(file: File, contentType: string) {
  return send<ImportColumns>(`${FINANCE_PATH}/spending-imports/columns`, file, contentType);
}

export function importSpending(
  file: File,
  contentType: string,
  year: number,
  mode: 'dry-run' | 'commit',
  mapping: Mapping,
) {
  const query = new URLSearchParams({ year: String(year), mode, ...mapping });
  return send<ImportResult>(`${FINANCE_PATH}/spending-imports?${query}`, file, contentType);
}

/** After a commit the budget-against-actuals figures are stale. */
export function useRefreshFinance() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: financeKeys.all });
}
