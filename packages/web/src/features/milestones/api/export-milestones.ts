import { MILESTONES_PATH } from './keys.ts';

/** The address of the milepælsplan's download (a link, not a fetch: the browser saves the file). */
export function milestoneExportUrl(format: 'xlsx' | 'pdf'): string {
  return `${MILESTONES_PATH}/export?format=${format}`;
}
