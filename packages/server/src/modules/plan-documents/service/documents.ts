import { createHash } from 'node:crypto';
import { da } from '@helhed/core';
import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import {
  DOCUMENT_MAX_BYTES,
  type DocumentList,
  type UploadInput,
  type UploadResult,
} from '../contract/documents.ts';
import {
  findDocument,
  findOrCreateDocumentOfKind,
  findVersionFile,
  insertOtherDocument,
  insertVersion,
  latestVersion,
  listDocuments,
  listVersions,
  lockDocument,
} from '../queries/documents.ts';
import { documentTitle, presentDocument } from './presenters.ts';

const e = da.planDocuments.errors;

/**
 * A PDF is what starts with %PDF-: the name and the Content-Type say nothing (a renamed Word file
 * has both). Empty, over 10 MB or anything else is a Danish 400 at the field 'file'.
 */
export function checkPdf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw new AppError('DOCUMENT_UNSUPPORTED_TYPE');
  if (body.length === 0) throw new AppError('DOCUMENT_EMPTY', [{ field: 'file', message: e.empty }]);
  if (body.length > DOCUMENT_MAX_BYTES) {
    throw new AppError('DOCUMENT_TOO_LARGE', [{ field: 'file', message: e.tooLarge }]);
  }
  if (body.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AppError('DOCUMENT_NOT_PDF', [{ field: 'file', message: e.notPdf }]);
  }
  return body;
}

export async function documentList(db: Db, ctx: RequestContext): Promise<z.infer<typeof DocumentList>> {
  const planId = ctx.actor.plan.id;
  const [documents, versions] = await Promise.all([listDocuments(db, planId), listVersions(db, planId)]);
  return {
    documents: documents.flatMap((row) => {
      const view = presentDocument(row, versions);
      return view ? [view] : [];
    }),
  };
}

async function documentView(db: Db, planId: string, id: string) {
  const [documents, versions] = await Promise.all([listDocuments(db, planId), listVersions(db, planId)]);
  const row = documents.find((d) => d.id === id);
  const view = row ? presentDocument(row, versions) : null;
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/**
 * Adds the file as the next version of a document, in the transaction that locked it; the same
 * file as the current version adds nothing (a retried upload).
 */
async function addVersion(
  trx: Db,
  ctx: RequestContext,
  documentId: string,
  file: Buffer,
  fileName: string,
): Promise<boolean> {
  const planId = ctx.actor.plan.id;
  if (!(await lockDocument(trx, planId, documentId))) throw new AppError('NOT_FOUND');
  const sha256 = createHash('sha256').update(file).digest();
  const latest = await latestVersion(trx, documentId);
  if (latest?.sha256.equals(sha256)) return false;
  await insertVersion(trx, {
    plan_id: planId,
    document_id: documentId,
    version: (latest?.version ?? 0) + 1,
    file_name: fileName,
    size_bytes: file.length,
    sha256,
    content: file,
    uploaded_by: ctx.who.actorId,
  });
  return true;
}

/** An upload of the kommissorium, the indberetningsskema (a new version) or another document (new). */
export async function uploadDocument(
  db: Db,
  ctx: RequestContext,
  input: UploadInput,
  body: unknown,
): Promise<z.infer<typeof UploadResult>> {
  const file = checkPdf(body);
  const planId = ctx.actor.plan.id;
  if (input.kind === 'other' && !input.title) throw fieldError('title', e.titleRequired);
  if (input.kind !== 'other' && input.title) throw fieldError('title', e.titleNotAllowed);
  const fileName = input.fileName ?? `${input.kind === 'other' ? 'dokument' : input.kind}.pdf`;
  const { id, created } = await withTransaction(db, ctx, async (trx) => {
    const documentId =
      input.kind === 'other'
        ? await insertOtherDocument(trx, {
            plan_id: planId,
            title: input.title ?? '',
            created_by: ctx.who.actorId,
          })
        : await findOrCreateDocumentOfKind(trx, {
            plan_id: planId,
            kind: input.kind,
            created_by: ctx.who.actorId,
          });
    return { id: documentId, created: await addVersion(trx, ctx, documentId, file, fileName) };
  });
  return { document: await documentView(db, planId, id), created };
}

/** A new version of one of the plan's documents; a document of another plan is a 404. */
export async function uploadVersion(
  db: Db,
  ctx: RequestContext,
  documentId: string,
  fileName: string | undefined,
  body: unknown,
): Promise<z.infer<typeof UploadResult>> {
  const file = checkPdf(body);
  const planId = ctx.actor.plan.id;
  const document = await findDocument(db, planId, documentId);
  if (!document) throw new AppError('NOT_FOUND');
  const created = await withTransaction(db, ctx, (trx) =>
    addVersion(trx, ctx, documentId, file, fileName ?? `${documentTitle(document).slice(0, 190)}.pdf`),
  );
  return { document: await documentView(db, planId, documentId), created };
}

/** One version's PDF with a download name; outside the plan a 404. */
export async function versionFile(db: Db, ctx: RequestContext, documentId: string, versionId: string) {
  const file = await findVersionFile(db, ctx.actor.plan.id, documentId, versionId);
  if (!file) throw new AppError('NOT_FOUND');
  return { name: `${documentTitle(file)}-version-${file.version}`, content: file.content };
}
