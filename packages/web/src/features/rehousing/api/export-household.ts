import { householdPath } from './keys.ts';

/** The address of everything recorded about a household, as a download (GDPR art. 15). */
export function householdExportUrl(id: string): string {
  return `${householdPath(id)}/export`;
}
