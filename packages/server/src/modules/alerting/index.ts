// The beredskab module's public face: its routes and public health check, its settings, its
// retention rules, the plan's seed (for the bench) and the beredskabsplan as a PDF for
// Landsbyggefonden's document set. Mail is the platform's (platform/mail).
// Everything else in the folder is the module's own.
export { alertingHealthRoutes } from './routes/alive.ts';
export { alertingRoutes } from './routes/index.ts';
export { seedAlertingForPlan } from './seed/load.ts';
export { type AlertingConfig, alertingConfigFromEnv } from './service/config.ts';
export { preparednessPlanDocument } from './service/plan-document.ts';
export { alertingRetention } from './service/retention.ts';
