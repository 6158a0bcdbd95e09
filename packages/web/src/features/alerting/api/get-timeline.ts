import { incidentPath } from './keys.ts';

/** The address of an incident's timeline as a download (CSV or JSON). */
export function timelineUrl(id: string, format: 'csv' | 'json'): string {
  return `${incidentPath(id)}/timeline.${format}`;
}
