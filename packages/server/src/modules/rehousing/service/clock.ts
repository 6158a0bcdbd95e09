import { todayInDenmark } from '@helhed/core';

/**
 * Today in Denmark, as YYYY-MM-DD: the day events, deadlines and the status table are counted in.
 * Its own module, so a test can set the day for genhusning alone.
 */
export function today(): string {
  return todayInDenmark();
}
