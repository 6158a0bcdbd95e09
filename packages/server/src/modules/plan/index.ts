// The plan module's public face: its routes, the plan's lookup and insert, the Odense seed and its
// loader, a plan's content from seed data (another plan of the installation, as in tests), the
// indicator import (the CLI's too), the import limits that every file import shares, the delaftaler
// of a day with their export sheets (the annual status pack uses them) and the delaftaler as a PDF
// for Landsbyggefonden's document set. Everything else is the module's own.
export { IMPORT_CONTENT_TYPES, IMPORT_MAX_BYTES } from './contract/indicators.ts';
export { findPlanBySlug, insertPlan } from './queries/plans.ts';
export { insertPlanContent } from './queries/seed.ts';
export { planRoutes } from './routes/index.ts';
export { loadOdensePlan } from './seed/load.ts';
export { ODENSE_PLAN } from './seed/odense.ts';
export { type PlanContentSeed, readOdenseSeed } from './seed/seed-types.ts';
export { delaftalerOnDay } from './service/as-of.ts';
export { asOfSheets } from './service/as-of-export.ts';
export {
  type ImportFileKind,
  ImportInvalidError,
  type ImportSummary,
  importIndicatorFile,
} from './service/indicator-values.ts';
export { subAgreementsDocument } from './service/sub-agreements-document.ts';
