import { todayInDenmark } from '@helhed/core';

/**
 * Today in Denmark, as YYYY-MM-DD: the date the LBF set's documents are made on and named by. Its
 * own module, so a test can set the day for the document set alone.
 */
export function today(): string {
  return todayInDenmark();
}
