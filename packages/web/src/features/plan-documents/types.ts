// The plan documents' and the LBF set's answers, as the server's contract defines them
// (packages/server/src/contracts/plan-documents.ts). Types only: no server code reaches the bundle.
export type {
  DocumentKind,
  LbfItem,
  LbfItemKey,
  LbfSetView,
  PlanDocument,
  PlanDocumentList,
  PlanDocumentUpload,
  PlanDocumentVersion,
} from '@helhed/server/contracts/plan-documents';
