// The server's public surface for the CLI, tests and benchmarks.
export { buildApp } from './app.ts';
export { createFirstAdminIfNone, seedOdensePlan } from './first-start.ts';
export { type ServeOptions, startServer } from './main.ts';
export {
  findPlanBySlug,
  type ImportFileKind,
  ImportInvalidError,
  type ImportSummary,
  importIndicatorFile,
  ODENSE_PLAN,
} from './modules/plan/index.ts';
export { buildProgramReport, renderProgramReportPdf } from './modules/program/index.ts';
export {
  ImportFileRefused,
  ImportUserUnknown,
  importFromCommandLine,
} from './modules/registration/index.ts';
export {
  loadFlyttehjaelpDemo,
  PhaseNotFound,
  rehousingStatusOutput,
} from './modules/rehousing/index.ts';
export {
  annualReportJson,
  boardReportSections,
  buildAnnualReport,
  buildQuarterlyReport,
  quarterlyReportJson,
  renderAnnual,
  renderQuarterly,
} from './modules/reports/index.ts';
export {
  findSyntheticDataset,
  generateSyntheticData,
  parseYears,
  SyntheticDataError,
  SyntheticOptionsError,
  syntheticOptions,
} from './modules/synthetic/index.ts';
export { buildOpenApiDocument } from './openapi-document.ts';
export {
  BackupFileError,
  DatabaseNotEmptyError,
  restoreBackup,
  writeBackup,
} from './platform/backup/backup.ts';
export { BackupKeyError, checkPassphrase, MIN_PASSPHRASE_LENGTH } from './platform/backup/encryption.ts';
export { createDatabase, type Database, type Db } from './platform/db/database.ts';
export { resolveDataDir } from './platform/db/early-start.ts';
export { DataDirInUseError } from './platform/db/embedded-server.ts';
export { migrateToLatest } from './platform/db/migrate.ts';
export { type OpenDatabase, openDatabase } from './platform/db/open-database.ts';
export { systemActor, withTransaction } from './platform/db/transaction.ts';
export { RetentionSettingError } from './platform/retention/periods.ts';
export { applyLifecycleStep } from './platform/users/lifecycle.ts';
export { findUserByEmail, listAllUsers } from './platform/users/queries.ts';
export { createUser } from './platform/users/service.ts';
export { ERASERS, RETENTION_RULES, runRetention } from './retention.ts';
