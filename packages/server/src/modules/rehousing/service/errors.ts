import { da } from '@helhed/core';
import { fieldError } from '../../../platform/http/errors.ts';
import { HistoryError } from './domain/status.ts';

/** An impossible history as a Danish validation error on the event's date. */
export function historyError(error: unknown, field = 'occurredOn'): unknown {
  if (!(error instanceof HistoryError)) return error;
  return fieldError(field, da.rehousing.history[error.reason]);
}
