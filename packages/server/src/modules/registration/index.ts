// The registration module's public face: what other modules (genhusning, reports, Program Vollsmose,
// synthetic data) may use. Everything else in the folder is the module's own; the lint refuses an
// import of it from another module (biome.json). Field schemas are in platform/contract/fields.ts,
// the vocabularies several modules speak in core.
export { listAreasWithDepartments } from './queries/lookups.ts';
export { anonymousOrCountsInStatistics, countsInStatistics } from './queries/statistics-consent.ts';
export { scopeTeamRows } from './scope.ts';
export { createParticipant, resolveTeam } from './service/participants.ts';
export { createReferral } from './service/referrals.ts';
