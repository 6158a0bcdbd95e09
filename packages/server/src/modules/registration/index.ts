// The registration module's public face: what other modules (genhusning, reports, Program Vollsmose,
// synthetic data) may use. Everything else in the folder is the module's own; the lint refuses an
// import of it from another module (biome.json).
export { ROUTED_TO } from './contract-groups.ts';
export {
  ClientKeySchema,
  CONTACT_KINDS,
  choice,
  DaySchema,
  freeText,
  hasControlCharacters,
  IdParams,
  IdSchema,
  looksLikeCpr,
  OUTCOMES,
  optionalText,
  REFERRAL_SOURCES,
} from './contract-shared.ts';
export { listAreasWithDepartments } from './queries/lookups.ts';
export { anonymousOrCountsInStatistics, countsInStatistics } from './queries/statistics-consent.ts';
export { scopeTeamRows } from './scope.ts';
export { createParticipant, resolveTeam } from './service/participants.ts';
export { createReferral } from './service/referrals.ts';
