// What the web app and the CLI use of the platform's contracts: the session, accounts, the audit log,
// the record of processing and the group table of the organisation's login.
import type { z } from 'zod';
import type { AuditEventView } from '../platform/audit/contract.ts';
import type {
  PlanSummary,
  SessionResponse,
  SessionUser as SessionUserView,
} from '../platform/auth/contract.ts';
import type {
  GroupMappingInput,
  GroupMappingList as GroupMappingListView,
  SignInOptions as SignInOptionsView,
} from '../platform/federation/contract.ts';
import type { UserView } from '../platform/users/contract.ts';

export type { ProcessingRecord } from '../platform/retention/contract.ts';
export { CreateUserBody, UserList, UserView } from '../platform/users/contract.ts';

export type Plan = z.output<typeof PlanSummary>;
export type SessionUser = z.output<typeof SessionUserView>;
export type Session = z.output<typeof SessionResponse>;
export type SignInOptions = z.output<typeof SignInOptionsView>;
export type User = z.output<typeof UserView>;
export type AuditEvent = z.output<typeof AuditEventView>;
export type GroupMappingList = z.output<typeof GroupMappingListView>;
export type GroupMapping = GroupMappingList['mappings'][number];
export type GroupMappingEntry = z.input<typeof GroupMappingInput>;
