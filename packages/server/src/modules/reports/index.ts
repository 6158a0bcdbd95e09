/**
 * The reports module's public face, used by the app, the CLI and other modules (genhusning,
 * Program Vollsmose): quarterly leverancemåling and annual indicator follow-up, discretion-safe.
 * The reports read the plan's, the registrations' and the synthetic generator's tables as data;
 * they import no module but registration's consent rule, the plan's delaftaler of a day (the
 * annual status pack) and the milepælsplan's section of the board report (boardReportSections).
 */

export type { AnnualReport } from './contract/annual.ts';
export type { QuarterlyReport } from './contract/quarterly.ts';
export { reportRoutes } from './routes/index.ts';
export { buildAnnualReport } from './service/annual.ts';
export { CountBook } from './service/count-book.ts';
export { lastCompletedQuarter, parseQuarter } from './service/quarter.ts';
export { buildQuarterlyReport } from './service/quarterly.ts';
export { renderAnnual, renderQuarterly } from './service/render.ts';
export type { ReportScope } from './service/scope.ts';
export { boardReportSections } from './service/sections.ts';
export { annualReportJson, quarterlyReportJson } from './service/serialize.ts';
