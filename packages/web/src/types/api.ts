// The answers of the platform's routes (session, accounts, audit log, group table), as the server's contract
// defines them; the audit log's actions are a vocabulary of core.
export type {
  AuditEvent,
  GroupMapping,
  GroupMappingEntry,
  GroupMappingList,
  Plan,
  ProcessingRecord,
  Session,
  SessionUser,
  SignInOptions,
  User,
} from '@helhed/server/contracts/users';
