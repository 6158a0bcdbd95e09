import { ApiError } from '../../../lib/api-client.ts';

/** The server's per-field messages keyed by the top-level field ("parties.0.title" → "parties"). */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field.replace(/^body\./, '').split(/[.[]/)[0] ?? detail.field;
    if (!(field in result)) result[field] = detail.message;
  }
  return result;
}

/** Non-empty trimmed lines of a textarea. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Like serverFieldErrors, and also each row's own field ("targetGroups.1.count"), for forms with rows. */
export function rowFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result = serverFieldErrors(error);
  for (const detail of error.details) {
    const field = detail.field.replace(/^body\./, '');
    if (!(field in result)) result[field] = detail.message;
  }
  return result;
}
