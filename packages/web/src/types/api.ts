// The answers of the platform's routes (session, accounts, audit log), as the server's contract
// defines them; the audit log's actions are a vocabulary of core.
export type {
  AuditEvent,
  Plan,
  ProcessingRecord,
  Session,
  SessionUser,
  SignInOptions,
  User,
} from '@helhed/server/contracts/users';
