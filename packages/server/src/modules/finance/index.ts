// The finance module's public face: its routes for the app assembly, and the budget documents the
// LBF document set (issue 23, item 5) takes for every plan year.
export { financeRoutes } from './routes/index.ts';
export { budgetDocuments } from './service/export.ts';
