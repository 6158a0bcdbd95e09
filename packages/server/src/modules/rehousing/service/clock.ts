/** Today in Denmark, as YYYY-MM-DD: the day events, deadlines and the status table are counted in. */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
}
