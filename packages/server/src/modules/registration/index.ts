// The registration module's public face: what other modules (genhusning, reports, Program Vollsmose,
// synthetic data) may use. Everything else in the folder is the module's own; the lint refuses an
// import of it from another module (biome.json). Field schemas are in platform/contract/fields.ts,
// the vocabularies several modules speak in core.
export { listAreasWithDepartments, listTeams } from './queries/lookups.ts';
export { scopeTeamRows } from './queries/scope.ts';
export { anonymousOrCountsInStatistics, countsInStatistics } from './queries/statistics-consent.ts';
export { findOrCreateTeam } from './queries/teams.ts';
// For the app assembly (src/app.ts, src/retention.ts): routes, the handover step and retention.
export { registrationRoutes } from './routes/index.ts';
export { caseHandover } from './service/handover.ts';
export { ImportUserUnknown, importFromCommandLine } from './service/import-command.ts';
export { ImportFileRefused } from './service/import-rows.ts';
export type { MergeSteps, ParticipantMergeStep } from './service/merge-steps.ts';
export { createParticipant, resolveTeam } from './service/participants.ts';
export { createReferral } from './service/referrals.ts';
export { eraseParticipant, registrationRetention } from './service/retention.ts';
