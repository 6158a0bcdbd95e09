import { type Insertable, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { DocumentKind } from '../contract/documents.ts';
import type { DocumentVersionTable } from '../tables.ts';

// The plan's documents and their versions. Every query is filtered by the plan; a version's bytes
// are read only when one file is downloaded, never in a list.

export function listDocuments(db: Db, planId: string) {
  return db
    .selectFrom('document')
    .select(['id', 'kind', 'title', 'created_at'])
    .where('plan_id', '=', planId)
    .orderBy(sql`case kind when 'kommissorium' then 0 when 'indberetningsskema' then 1 else 2 end`)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type DocumentRow = Awaited<ReturnType<typeof listDocuments>>[number];

/** Every version of the plan's documents (without the bytes), newest first within a document. */
export function listVersions(db: Db, planId: string) {
  return db
    .selectFrom('document_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.uploaded_by')
    .select([
      'v.id',
      'v.document_id',
      'v.version',
      'v.file_name',
      'v.size_bytes',
      'v.sha256',
      'v.uploaded_at',
      'u.display_name as uploaded_by_name',
    ])
    .where('v.plan_id', '=', planId)
    .orderBy('v.document_id')
    .orderBy('v.version', 'desc')
    .execute();
}
export type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

export function findDocument(db: Db, planId: string, id: string) {
  return db
    .selectFrom('document')
    .select(['id', 'kind', 'title'])
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The plan's one kommissorium or indberetningsskema, made on its first upload. */
export async function findOrCreateDocumentOfKind(
  db: Db,
  values: { plan_id: string; kind: Exclude<DocumentKind, 'other'>; created_by: string | null },
): Promise<string> {
  await db
    .insertInto('document')
    .values(values)
    .onConflict((oc) => oc.columns(['plan_id', 'kind']).where('kind', '<>', 'other').doNothing())
    .execute();
  const row = await db
    .selectFrom('document')
    .select('id')
    .where('plan_id', '=', values.plan_id)
    .where('kind', '=', values.kind)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertOtherDocument(
  db: Db,
  values: { plan_id: string; title: string; created_by: string | null },
): Promise<string> {
  const row = await db
    .insertInto('document')
    .values({ ...values, kind: 'other' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Locks a document for a new version, so two uploads at once get numbers one after the other. */
export function lockDocument(db: Db, planId: string, id: string) {
  return db
    .selectFrom('document')
    .select('id')
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function latestVersion(db: Db, documentId: string) {
  return db
    .selectFrom('document_version')
    .select(['version', 'sha256'])
    .where('document_id', '=', documentId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertVersion(db: Db, values: Insertable<DocumentVersionTable>) {
  return db.insertInto('document_version').values(values).returning('id').executeTakeFirstOrThrow();
}

/** One version's file, of a document of the plan. */
export function findVersionFile(db: Db, planId: string, documentId: string, versionId: string) {
  return db
    .selectFrom('document_version as v')
    .innerJoin('document as d', 'd.id', 'v.document_id')
    .select(['v.version', 'v.file_name', 'v.content', 'd.kind', 'd.title'])
    .where('v.plan_id', '=', planId)
    .where('d.plan_id', '=', planId)
    .where('v.document_id', '=', documentId)
    .where('v.id', '=', versionId)
    .executeTakeFirst();
}

/** The newest version's file of the plan's kommissorium or indberetningsskema, if one was uploaded. */
export function latestFileOfKind(db: Db, planId: string, kind: Exclude<DocumentKind, 'other'>) {
  return db
    .selectFrom('document_version as v')
    .innerJoin('document as d', 'd.id', 'v.document_id')
    .select(['v.version', 'v.content'])
    .where('d.plan_id', '=', planId)
    .where('d.kind', '=', kind)
    .orderBy('v.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}
