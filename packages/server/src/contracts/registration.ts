// The registration API's schemas and the named types of its requests and answers, for the web app
// and the CLI (the web imports types only). The schemas live in modules/registration/contract/.
import type { z } from 'zod';
import type * as bodiesContract from '../modules/registration/contract/bodies.ts';
import type * as groupsContract from '../modules/registration/contract/groups.ts';
import type * as mergeContract from '../modules/registration/contract/merge.ts';
import type * as situationsContract from '../modules/registration/contract/situations.ts';

export * from '../modules/registration/contract/bodies.ts';
export type {
  CksMeeting,
  CourseDetail,
  CourseKind,
  CourseSummary,
  Reporter,
  SafetyContact,
  Volunteers,
} from '../modules/registration/contract/groups.ts';
export * from '../modules/registration/contract/groups.ts';
export type {
  CaseStatus,
  ContactKind,
  Decision,
  Gender,
  Outcome,
  ReferralSource,
  RoutedTo,
} from '../modules/registration/contract/shared.ts';
export type {
  CaseDetail,
  CaseSummary,
  Consent,
  Contact,
  ContactRevision,
  Goal,
  ParticipantDetail,
  ParticipantExport,
  ParticipantSummary,
  Referral,
  ReferralRevision,
  RegistrationChoices,
  Team,
} from '../modules/registration/contract/views.ts';
export * from '../modules/registration/contract/views.ts';

// What a client sends (before the server's defaults and trimming).
export type CreateParticipantRequest = z.input<typeof bodiesContract.CreateParticipantBody>;
export type UpdateParticipantRequest = z.input<typeof bodiesContract.UpdateParticipantBody>;
export type WithdrawConsentRequest = z.input<typeof bodiesContract.WithdrawConsentBody>;
export type ShareRequest = z.input<typeof bodiesContract.ShareBody>;
export type ReferralRequest = z.input<typeof bodiesContract.ReferralBody>;
export type DecideReferralRequest = z.input<typeof bodiesContract.DecideReferralBody>;
export type ReferralCorrectionRequest = z.input<typeof bodiesContract.ReferralCorrectionBody>;
export type CreateCaseRequest = z.input<typeof bodiesContract.CreateCaseBody>;
export type GoalRequest = z.input<typeof bodiesContract.GoalBody>;
export type ContactRequest = z.input<typeof bodiesContract.ContactBody>;
export type ContactCorrectionRequest = z.input<typeof bodiesContract.ContactCorrectionBody>;
export type ContactRemovalRequest = z.input<typeof bodiesContract.ContactRemovalBody>;
export type CaseStatusRequest = z.input<typeof bodiesContract.CaseStatusBody>;
export type CloseCaseRequest = z.input<typeof bodiesContract.CloseCaseBody>;
export type CaseListRequest = z.input<typeof bodiesContract.CaseListQuery>;
export type CreateTeamRequest = z.input<typeof bodiesContract.CreateTeamBody>;
export type CreateCourseRequest = z.input<typeof groupsContract.CreateCourseBody>;
export type EnrolRequest = z.input<typeof groupsContract.EnrolBody>;
export type AttendanceRequest = z.input<typeof groupsContract.AttendanceBody>;
export type CompletionRequest = z.input<typeof groupsContract.CompletionBody>;
export type EvaluationRequest = z.input<typeof groupsContract.EvaluationBody>;
export type PublishEvaluationRequest = z.input<typeof groupsContract.PublishEvaluationBody>;
export type VolunteerRequest = z.input<typeof groupsContract.VolunteerBody>;
export type SafetyContactRequest = z.input<typeof groupsContract.SafetyContactBody>;
export type CksMeetingRequest = z.input<typeof groupsContract.CksMeetingBody>;
export * from '../modules/registration/contract/imports.ts';
export type { ParticipantMerge } from '../modules/registration/contract/merge.ts';
export * from '../modules/registration/contract/merge.ts';
export type MergeRequest = z.input<typeof mergeContract.MergeBody>;
export type {
  CksMeetingRevision,
  CksMeetingValues,
  SafetyContactRevision,
  SafetyContactValues,
} from '../modules/registration/contract/situations.ts';
export * from '../modules/registration/contract/situations.ts';
export type SafetyContactCorrectionRequest = z.input<typeof situationsContract.SafetyContactCorrectionBody>;
export type CksMeetingCorrectionRequest = z.input<typeof situationsContract.CksMeetingCorrectionBody>;
export type SituationRemovalRequest = z.input<typeof situationsContract.SituationRemovalBody>;
