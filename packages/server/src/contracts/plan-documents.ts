// The plan documents' and the LBF set's schemas and the named types of their answers, for the web app
// (which imports types only). The schemas live in modules/plan-documents/contract/.
import type { z } from 'zod';
import type * as contract from '../modules/plan-documents/contract/documents.ts';

export * from '../modules/plan-documents/contract/documents.ts';

export type PlanDocument = z.output<typeof contract.DocumentView>;
export type PlanDocumentVersion = z.output<typeof contract.VersionView>;
export type PlanDocumentList = z.output<typeof contract.DocumentList>;
export type PlanDocumentUpload = z.output<typeof contract.UploadResult>;
export type LbfSetView = z.output<typeof contract.LbfSet>;
export type LbfItem = z.output<typeof contract.LbfItemView>;
