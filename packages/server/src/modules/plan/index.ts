// The plan module's public face for other modules: the plan's lookup and insert, the Odense seed,
// and the import limits that every file import shares. Everything else is the module's own.
export { IMPORT_CONTENT_TYPES, IMPORT_MAX_BYTES } from './contract-indicators.ts';
export { findPlanBySlug, insertPlan } from './queries.ts';
export { readOdenseSeed } from './seed/seed-types.ts';
export { ODENSE_PLAN } from './seed-odense.ts';
