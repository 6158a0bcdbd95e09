import type { MatrixRoute } from './access-matrix-routes.ts';

// The access matrix's rows for the plan's year with LBF and the board (issues 20 and 23): the board's
// review record, the quarters' approval, the budget and spending, the milepælsplan, the plan's
// documents and the LBF document set. Part of ROUTES.
export const PLAN_YEAR_ROUTES: MatrixRoute[] = [
  // The board's review record: without a year or body an allowed role gets 400; {id} is unknown (404).
  { method: 'GET', url: '/api/v1/reports/board-reviews', action: 'board-review.read', allowed: 400 },
  { method: 'POST', url: '/api/v1/reports/board-reviews', action: 'board-review.record', allowed: 400 },
  {
    method: 'POST',
    url: '/api/v1/reports/board-reviews/{id}/withdraw',
    action: 'board-review.record',
    allowed: 400,
  },
  {
    method: 'GET',
    url: '/api/v1/reports/board-reviews/{id}/report',
    action: 'board-review.read',
    allowed: 404,
  },
  { method: 'GET', url: '/api/v1/reports/board-reviews/export', action: 'board-review.read', allowed: 400 },
  // A quarter's approval: without ?quarter or a body an allowed role gets the Danish 400.
  { method: 'GET', url: '/api/v1/reports/quarter-approval', action: 'quarter-approval.read', allowed: 400 },
  { method: 'GET', url: '/api/v1/reports/quarter-approval/sent-back', action: 'quarter-approval.read' },
  {
    method: 'POST',
    url: '/api/v1/reports/quarter-approval/approve',
    action: 'quarter-approval.decide',
    allowed: 400,
  },
  {
    method: 'POST',
    url: '/api/v1/reports/quarter-approval/reopen',
    action: 'quarter-approval.decide',
    allowed: 400,
  },
  {
    method: 'POST',
    url: '/api/v1/reports/quarter-approval/send-back',
    action: 'quarter-approval.decide',
    allowed: 400,
  },
  // The plans side by side: without ?year or a body an allowed role gets 400.
  { method: 'GET', url: '/api/v1/reports/comparison', action: 'comparison.read', allowed: 400 },
  { method: 'GET', url: '/api/v1/reports/comparison/shares', action: 'comparison.share' },
  { method: 'PUT', url: '/api/v1/reports/comparison/shares', action: 'comparison.share', allowed: 400 },
  // The plan's budget and spending. A JSON body is no import file: an allowed role gets 415.
  { method: 'GET', url: '/api/v1/finance/budget', action: 'finance.read', allowed: 400 },
  { method: 'PUT', url: '/api/v1/finance/budget/{year}', action: 'finance.edit', allowed: 400 },
  { method: 'PUT', url: '/api/v1/finance/settings', action: 'finance.edit', allowed: 400 },
  { method: 'GET', url: '/api/v1/finance/changes', action: 'finance.read' },
  { method: 'GET', url: '/api/v1/finance/comparison', action: 'finance.read', allowed: 400 },
  { method: 'PUT', url: '/api/v1/finance/spending', action: 'finance.edit', allowed: 400 },
  { method: 'GET', url: '/api/v1/finance/export', action: 'finance.read', allowed: 400 },
  { method: 'POST', url: '/api/v1/finance/spending-imports/columns', action: 'finance.edit', allowed: 415 },
  { method: 'POST', url: '/api/v1/finance/spending-imports', action: 'finance.edit', allowed: 400 },
  // The milepælsplan and the plan's documents (issue 23); {id} is unknown, so an allowed role gets 404,
  // and a JSON body is not a file: an allowed uploader passes the gate and gets 415.
  { method: 'GET', url: '/api/v1/milestones', action: 'milestones.read' },
  { method: 'GET', url: '/api/v1/milestones/status', action: 'milestones.read' },
  { method: 'GET', url: '/api/v1/milestones/export', action: 'milestones.read', allowed: 400 },
  { method: 'GET', url: '/api/v1/milestones/responsibles', action: 'milestones.edit' },
  { method: 'POST', url: '/api/v1/milestones', action: 'milestones.edit' },
  { method: 'PATCH', url: '/api/v1/milestones/{id}', action: 'milestones.edit' },
  { method: 'DELETE', url: '/api/v1/milestones/{id}', action: 'milestones.edit', allowed: 404 },
  { method: 'GET', url: '/api/v1/documents', action: 'documents.read' },
  { method: 'POST', url: '/api/v1/documents', action: 'documents.upload' },
  { method: 'POST', url: '/api/v1/documents/{id}/versions', action: 'documents.upload', allowed: 415 },
  {
    method: 'GET',
    url: '/api/v1/documents/{id}/versions/{versionId}',
    action: 'documents.read',
    allowed: 400,
  },
  { method: 'GET', url: '/api/v1/lbf-set', action: 'documents.read' },
  { method: 'GET', url: '/api/v1/lbf-set.zip', action: 'documents.read' },
  { method: 'GET', url: '/api/v1/lbf-set/{item}', action: 'documents.read', allowed: 400 },
];
