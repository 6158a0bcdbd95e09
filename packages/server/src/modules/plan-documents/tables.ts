import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A plan document (migration 0024): the kommissorium and the indberetningsskema once per plan. */
export interface DocumentTable {
  id: Generated<string>;
  plan_id: string;
  kind: 'kommissorium' | 'indberetningsskema' | 'other';
  /** Only an 'other' document has a title; the two LBF documents have fixed names. */
  title: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

/** One uploaded PDF of a document: versions count up from 1 and are never changed. */
export interface DocumentVersionTable {
  id: Generated<string>;
  plan_id: string;
  document_id: string;
  version: number;
  file_name: string;
  size_bytes: number;
  sha256: Buffer;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface PlanDocumentsModuleTables {
  document: DocumentTable;
  document_version: DocumentVersionTable;
}
