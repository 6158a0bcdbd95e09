import { da, fill } from '@helhed/core';

/** One catalogue of error codes: the HTTP status and the Danish message a client shows. */
export const ERRORS = {
  NOT_FOUND: { status: 404, message: da.errors.notFound },
  ROUTE_NOT_FOUND: { status: 404, message: da.errors.routeNotFound },
  VALIDATION: { status: 400, message: da.errors.validation },
  MALFORMED_BODY: { status: 400, message: da.errors.malformedBody },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: da.errors.unsupportedMediaType },
  BODY_TOO_LARGE: { status: 413, message: da.errors.bodyTooLarge },
  UNAUTHENTICATED: { status: 401, message: da.errors.unauthenticated },
  INVALID_CREDENTIALS: { status: 401, message: da.auth.invalidCredentials },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: da.auth.mustChangePassword },
  WRONG_CURRENT_PASSWORD: { status: 400, message: da.auth.wrongCurrentPassword },
  PASSWORD_SAME_AS_OLD: { status: 400, message: da.auth.passwordSameAsOld },
  PASSWORD_ELSEWHERE: { status: 409, message: da.accounts.federation.errors.passwordElsewhere },
  MAPPING_ADMIN: { status: 400, message: da.accounts.federation.errors.adminNotMappable },
  MAPPING_TEAM: { status: 400, message: da.accounts.federation.errors.teamNotInPlan },
  MAPPING_DUPLICATE: { status: 400, message: da.accounts.federation.errors.duplicateGroup },
  ROLE_FROM_GROUPS: { status: 409, message: da.accounts.federation.errors.roleFromGroups },
  FEDERATION_OFF: { status: 404, message: da.accounts.federation.errors.providerOff },
  FEDERATION_UNAVAILABLE: { status: 503, message: da.accounts.federation.errors.providerUnavailable },
  FORBIDDEN: { status: 403, message: da.errors.forbidden },
  CSRF: { status: 403, message: da.errors.csrf },
  RATE_LIMITED: { status: 429, message: da.errors.rateLimited },
  EMAIL_TAKEN: { status: 409, message: da.users.emailTaken },
  CONFLICT: { status: 409, message: da.errors.conflict },
  IMPORT_INVALID: { status: 400, message: da.planApi.importInvalid },
  IMPORT_UNSUPPORTED_TYPE: { status: 415, message: da.planApi.importUnsupportedType },
  DATABASE_UNAVAILABLE: { status: 503, message: da.errors.databaseUnavailable },
  INTERNAL: { status: 500, message: da.errors.internal },
  INCIDENT_CLOSED: { status: 409, message: da.alerting.errors.incidentClosed },
  INCIDENT_ALREADY_ACTIVATED: { status: 409, message: da.alerting.errors.alreadyActivated },
  INCIDENT_NOT_CLOSED: { status: 409, message: da.alerting.errors.notClosed },
  CRISIS_MESSAGE_NOT_APPROVED: { status: 409, message: da.alerting.errors.notApproved },
  CRISIS_MESSAGE_ALREADY_SENT: { status: 409, message: da.alerting.errors.alreadySent },
  CRISIS_MESSAGE_ALREADY_APPROVED: { status: 409, message: da.alerting.errors.alreadyApproved },
  CRISIS_APPROVER_NOT_FU: { status: 403, message: da.alerting.errors.approverNotFu },
  NO_CKS_CONTACTS: { status: 409, message: da.alerting.errors.noCksContacts },
  CRISIS_APPROVER_IS_AUTHOR: { status: 403, message: da.alertingAck.errors.approverIsAuthor },
  CRISIS_APPROVER_JOINED_DURING: { status: 403, message: da.alertingAck.errors.approverJoinedDuring },
  SMS_INBOUND_OFF: { status: 503, message: da.alertingAck.errors.inboundOff },
  SMS_INBOUND_SIGNATURE: { status: 401, message: da.alertingAck.errors.inboundSignature },
  SMS_INBOUND_STALE: { status: 401, message: da.alertingAck.errors.inboundStale },
  SMS_INBOUND_REPLAY: { status: 409, message: da.alertingAck.errors.inboundReplay },
  REGISTRATION_NO_TEAM: { status: 409, message: da.registration.errors.noTeam },
  REGISTRATION_ERASED: { status: 409, message: da.registration.errors.participantErased },
  MERGE_ALREADY_MERGED: { status: 409, message: da.merge.errors.alreadyMerged },
  MERGE_ERASED: { status: 409, message: da.merge.errors.erased },
  MERGE_UNDO_EXPIRED: { status: 409, message: da.merge.errors.undoExpired },
  MERGE_ALREADY_UNDONE: { status: 409, message: da.merge.errors.alreadyUndone },
  MERGE_KEPT_CHANGED: { status: 409, message: da.merge.errors.keptChanged },
  REGISTRATION_CASE_CLOSED: { status: 409, message: da.registration.errors.caseClosed },
  REHOUSING_ERASED: { status: 409, message: da.rehousing.errors.householdErased },
  REHOUSING_NO_EMAIL: { status: 409, message: da.rehousing.errors.noEmail },
  REHOUSING_SMTP_MISSING: { status: 409, message: da.rehousing.errors.smtpMissing },
  REHOUSING_MAIL_FAILED: { status: 502, message: da.rehousing.errors.mailFailed },
  REPORT_QUARTER_INVALID: { status: 400, message: da.reports.errors.quarterInvalid },
  REPORT_YEAR_INVALID: { status: 400, message: da.reports.errors.yearInvalid },
  BOARD_REVIEW_WITHDRAWN: { status: 409, message: da.boardReview.errors.alreadyWithdrawn },
  KNOWLEDGE_CPR_REFUSED: { status: 400, message: da.program.errors.cprRefused },
  KNOWLEDGE_PERSONAL_DATA_UNCONFIRMED: { status: 409, message: da.program.errors.personalDataUnconfirmed },
  KNOWLEDGE_FILE_TYPE: { status: 415, message: da.program.errors.fileType },
  KNOWLEDGE_FILE_TOO_LARGE: { status: 413, message: da.program.errors.fileTooLarge },
  KNOWLEDGE_ACTIVITY_OUTSIDE: { status: 404, message: da.program.errors.activityOutsidePrograms },
  KNOWLEDGE_ENTRY_WITHDRAWN: { status: 409, message: da.program.errors.entryWithdrawn },
  // Issue 15: publishing a course evaluation to the videnbase (decision 0018).
  EVALUATION_PERSONAL_DATA: { status: 400, message: da.consent.errors.evaluationPersonalData },
  EVALUATION_NOT_FINISHED: { status: 409, message: da.consent.errors.evaluationNotFinished },
  PROGRAM_CONTINUATION_INVALID: { status: 400, message: da.program.errors.continuationInvalid },
  // The request guard (decision 0019): unreadable URLs, text PostgreSQL cannot store, import bombs.
  URL_INVALID: { status: 400, message: da.requestGuard.urlInvalid },
  TEXT_UNSTORABLE: { status: 400, message: da.requestGuard.textUnstorable },
  IMPORT_UNPACKED_TOO_LARGE: { status: 413, message: da.requestGuard.importUnpackedTooLarge },
  IMPORT_TOO_MANY_ROWS: { status: 413, message: da.requestGuard.importTooManyRows },
  // Accounts (decisions/0013-accounts-and-sign-in.md).
  ACCOUNT_NOT_YOURSELF: { status: 409, message: da.accounts.errors.notYourself },
  ACCOUNT_LAST_ADMIN: { status: 409, message: da.accounts.errors.lastAdmin },
  HANDOVER_SAME_USER: { status: 400, message: da.accounts.errors.handoverSame },
  HANDOVER_BAD_TARGET: { status: 400, message: da.accounts.errors.handoverTarget },
  // The second factor (decisions/0027-second-factor.md).
  SECOND_FACTOR_PENDING: { status: 403, message: da.secondFactor.errors.pending },
  SECOND_FACTOR_SETUP_REQUIRED: { status: 403, message: da.secondFactor.errors.setupRequired },
  SECOND_FACTOR_INVALID: { status: 401, message: da.secondFactor.errors.invalidCode },
  SECOND_FACTOR_ATTEMPTS: { status: 401, message: da.secondFactor.errors.attemptsExhausted },
  SECOND_FACTOR_ALREADY_ENABLED: { status: 409, message: da.secondFactor.errors.alreadyEnabled },
  SECOND_FACTOR_NOT_STARTED: { status: 409, message: da.secondFactor.errors.notStarted },
  SECOND_FACTOR_NOT_ENABLED: { status: 409, message: da.secondFactor.errors.notEnabled },
  SECOND_FACTOR_ADMIN_KEEPS: { status: 409, message: da.secondFactor.errors.adminMustKeep },
  SECOND_FACTOR_RESET_YOURSELF: { status: 409, message: da.secondFactor.errors.resetYourself },
  STREAM_LIMIT: { status: 429, message: da.accounts.errors.tooManyStreams },
  // The plan's documents (issue 23): a PDF of at most 10 MB, checked by its first bytes.
  DOCUMENT_NOT_PDF: { status: 400, message: da.planDocuments.errors.notPdf },
  DOCUMENT_TOO_LARGE: { status: 400, message: da.planDocuments.errors.tooLarge },
  DOCUMENT_EMPTY: { status: 400, message: da.planDocuments.errors.empty },
  DOCUMENT_UNSUPPORTED_TYPE: { status: 415, message: da.planDocuments.errors.unsupportedType },
  // A quarter's approval (issue 20, item 1, decision 0033): the database refuses changes in it.
  QUARTER_LOCKED: { status: 409, message: da.quarterApproval.errors.locked },
  QUARTER_NOT_ENDED: { status: 409, message: da.quarterApproval.errors.notEnded },
  QUARTER_ALREADY_APPROVED: { status: 409, message: da.quarterApproval.errors.alreadyApproved },
  QUARTER_NOT_APPROVED: { status: 409, message: da.quarterApproval.errors.notApproved },
  QUARTER_ALREADY_REOPENED: { status: 409, message: da.quarterApproval.errors.alreadyReopened },
  QUARTER_STILL_APPROVED: { status: 409, message: da.quarterApproval.errors.stillApproved },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: FieldError[],
  ) {
    super(ERRORS[code].message);
    this.status = ERRORS[code].status;
  }
}

/** A 400 with one field's Danish message: nothing was saved. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', [{ field, message }]);
}

/** The quarter lock's own SQLSTATE (migration 0026): raised by quarter_guard with '2025-Q1' as detail. */
const QUARTER_LOCKED_STATE = 'HL001';

/** A refusal the database raised itself, as the API's error (a Danish 409); null for anything else. */
export function databaseRefusal(error: unknown): AppError | null {
  const pg = error as { code?: unknown; detail?: unknown } | null;
  if (pg?.code !== QUARTER_LOCKED_STATE) return null;
  const [year, quarter] = String(pg.detail ?? '').split('-Q');
  const label = fill(da.reports.quarterLabel, { year: year ?? '', quarter: quarter ?? '' });
  return new AppError('QUARTER_LOCKED', [
    { field: 'quarter', message: fill(da.quarterApproval.errors.lockedQuarter, { quarter: label }) },
  ]);
}
