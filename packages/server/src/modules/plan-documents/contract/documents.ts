// The plan's documents and Landsbyggefonden's document set (issue 23, items 4 and 5), re-exported for
// the web by src/contracts/plan-documents.ts. The documents' routes are under /api/v1/documents, the
// set's under /api/v1/lbf-set; the plan is the session's, and a document of another plan is a 404.
//
//   GET  ''                              -> DocumentList             (admin, leader, worker, reader)
//   POST ''?kind=&title=&fileName=       raw PDF body -> 201 UploadResult (200: the same file again)
//   POST /:id/versions?fileName=         raw PDF body -> 201 UploadResult   (admin, leader)
//   GET  /:id/versions/:versionId        -> the PDF
//   GET  /api/v1/lbf-set                 -> LbfSet: the six items LBF asks for, ready or missing
//   GET  /api/v1/lbf-set/:item?format=   -> one item's file
//   GET  /api/v1/lbf-set.zip             -> every item in one ZIP (a missing one as a MANGLER text)
// An upload is the file itself as the body, at most 10 MB; it is a PDF when its first bytes are
// %PDF-, whatever its name or Content-Type says. Anything else is a Danish 400 and nothing is stored.
import { z } from 'zod';
import { choice, freeText, IdSchema } from '../../../platform/contract/fields.ts';

export const DOCUMENT_KINDS = ['kommissorium', 'indberetningsskema', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The six items of the set, in the strategic agreement's order (seed 004). */
export const LBF_ITEMS = [
  'delaftaler',
  'budget',
  'beredskabsplan',
  'milepaelsplan',
  'kommissorium',
  'indberetningsskema',
] as const;
export type LbfItemKey = (typeof LBF_ITEMS)[number];
export const LBF_SOURCES = ['plan', 'finance', 'beredskab', 'milestones', 'upload'] as const;
export const LBF_FORMATS = ['pdf', 'xlsx'] as const;

const timestamp = z.iso.datetime({ offset: true });

export const VersionView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the file, hex: the same file uploaded again is no new version. */
  sha256: z.string(),
  uploadedAt: timestamp,
  uploadedByName: z.string().nullable(),
});

export const DocumentView = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  /** The name shown: the kind's for the kommissorium and the indberetningsskema, else its own. */
  title: z.string(),
  current: VersionView,
  /** Every version, newest first. */
  versions: z.array(VersionView),
});

export const DocumentList = z.object({ documents: z.array(DocumentView) });

export const UploadResult = z.object({
  document: DocumentView,
  /** False when the file was the current version already (a retried upload): nothing was stored. */
  created: z.boolean(),
});

const fileName = z
  .string()
  .max(400)
  .optional()
  .transform((value) => value?.split(/[\\/]/).pop()?.trim() || undefined)
  .pipe(freeText(200).optional());

export const UploadQuery = z.strictObject({
  kind: choice(DOCUMENT_KINDS),
  /** Only for kind 'other', and then required. */
  title: freeText(200).optional(),
  /** The uploaded file's name, shown with its versions; a path is cut to the name. */
  fileName,
});
export type UploadInput = z.infer<typeof UploadQuery>;

export const VersionUploadQuery = z.strictObject({ fileName });

export const DocumentParams = z.strictObject({ id: IdSchema });
export const VersionParams = z.strictObject({ id: IdSchema, versionId: IdSchema });

export const LbfItemView = z.object({
  key: z.enum(LBF_ITEMS),
  title: z.string(),
  source: z.enum(LBF_SOURCES),
  state: z.enum(['ready', 'missing']),
  /** "Version 3" of an upload; "Udgave 1a2b3c4d", a fingerprint of what Helhed makes it from. */
  version: z.string().nullable(),
  changedAt: timestamp.nullable(),
  /** The formats it downloads as; none while it is missing. */
  formats: z.array(z.enum(LBF_FORMATS)),
  /** Why it is missing, in Danish; null when it is ready. */
  missingNote: z.string().nullable(),
  /** The uploaded document behind it (kommissorium, indberetningsskema). */
  documentId: z.uuid().nullable(),
});

export const LbfSet = z.object({
  items: z.array(LbfItemView),
  /** True when every item is ready. */
  complete: z.boolean(),
});

export const LbfItemParams = z.strictObject({ item: choice(LBF_ITEMS) });
export const LbfItemQuery = z.strictObject({ format: choice(LBF_FORMATS).default('pdf') });
