import { da } from '@helhed/core';
import { AppError } from '../../../platform/http/errors.ts';
import { HistoryError } from '../domain/status.ts';

/** A 400 with one field's Danish message: nothing was saved. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', [{ field, message }]);
}

/** An impossible history as a Danish validation error on the event's date. */
export function historyError(error: unknown, field = 'occurredOn'): unknown {
  if (!(error instanceof HistoryError)) return error;
  return fieldError(field, da.rehousing.history[error.reason]);
}
