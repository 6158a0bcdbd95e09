// The plan documents' public face (issue 23, items 4 and 5): the routes for app.ts and the type of
// the budget provider app.ts passes in from the finance module. It reaches plan, alerting and
// milestones through their index files for the documents Helhed makes; nobody imports this module.
export { type PlanDocumentsOptions, planDocumentsRoutes } from './routes/index.ts';
export type { BudgetDocuments, LbfSetOptions } from './service/lbf-set.ts';
