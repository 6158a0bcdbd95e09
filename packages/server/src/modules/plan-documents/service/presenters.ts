import { da } from '@helhed/core';
import type { z } from 'zod';
import type { DocumentView, VersionView } from '../contract/documents.ts';
import type { DocumentRow, VersionRow } from '../queries/documents.ts';

// Maps document rows to the API's views. Plan documents, not personal data (the retention register
// says so): the board reads them and nothing is recorded in the audit log on reading; uploads are,
// by the tables' trigger.

export function documentTitle(row: { kind: DocumentRow['kind']; title: string | null }): string {
  return row.kind === 'other'
    ? (row.title ?? da.planDocuments.kinds.other)
    : da.planDocuments.kinds[row.kind];
}

export function presentVersion(row: VersionRow): z.infer<typeof VersionView> {
  return {
    id: row.id,
    version: row.version,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    sha256: row.sha256.toString('hex'),
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedByName: row.uploaded_by_name,
  };
}

/** A document with its versions, newest first; null for a document without a version (never kept). */
export function presentDocument(
  row: DocumentRow,
  versions: VersionRow[],
): z.infer<typeof DocumentView> | null {
  const own = versions.filter((v) => v.document_id === row.id).map(presentVersion);
  const [current] = own;
  if (!current) return null;
  return { id: row.id, kind: row.kind, title: documentTitle(row), current, versions: own };
}
