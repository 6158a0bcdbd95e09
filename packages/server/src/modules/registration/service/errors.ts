import { AppError } from '../../../platform/http/errors.ts';

/** A 400 with one field's Danish message: nothing was saved. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', [{ field, message }]);
}
