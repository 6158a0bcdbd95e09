import { createHash } from 'node:crypto';

/**
 * A document Helhed makes from a plan's data for Landsbyggefonden's document set (issue 23): the
 * delaftaler, the beredskabsplan, the milepælsplan. A module returns it from its index.ts; the set
 * lists it (version, last change) without rendering, and renders it only when it is downloaded.
 */
export interface GeneratedDocument {
  /** When what the document is made from last changed; null when Helhed cannot tell. */
  changedAt: Date | null;
  /** A short fingerprint of what the document is made from: the same data gives the same one. */
  version: string;
  /** Nothing to make it from yet (a milepælsplan without milestones): the set lists it as missing. */
  empty?: boolean;
  pdf(): Promise<Buffer>;
  /** Only documents that are tables (the milepælsplan) come as a spreadsheet too. */
  xlsx?(): Promise<Buffer>;
}

/** Eight hex digits of the SHA-256 of the data's JSON: a version one can compare by eye. */
export function fingerprint(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 8);
}
