/** The address of a knowledge entry's attached file (a download). */
export function entryFileUrl(entryId: string): string {
  return `/api/v1/knowledge/entries/${encodeURIComponent(entryId)}/file`;
}
