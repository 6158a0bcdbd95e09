import { todayInDenmark } from '@helhed/core';

/**
 * Today in Denmark, as YYYY-MM-DD: the day a milestone's date is compared with (late or not) and
 * reminders are counted from. Its own module, so a test can set the day for the milepælsplan alone.
 */
export function today(): string {
  return todayInDenmark();
}
