export * from './access.ts';
export * from './discretion.ts';
export * from './format-da.ts';
export { da, fill, type Messages } from './messages/da.ts';
export type { AuditPurpose } from './messages/da-audit-purposes.ts';
export { type OperationId, operationSummaries } from './messages/da-operations.ts';
export * from './pii-guard.ts';
export * from './roles.ts';
export * from './series-format.ts';
