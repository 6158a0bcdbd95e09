// The registration API's views, as the server declares them in modules/registration/contract-views.ts.

export type Gender = 'female' | 'male' | 'other' | 'unspecified';
export type ReferralSource =
  | 'jobcenter'
  | 'education-adviser'
  | 'uuo'
  | 'school'
  | 'daycare'
  | 'health-visitor'
  | 'ppr'
  | 'ssp'
  | 'self'
  | 'other';
export type Decision = 'pending' | 'accepted' | 'declined';
export type CaseStatus = 'open' | 'retention' | 'closed';
export type Outcome =
  | 'education-started'
  | 'ordinary-job'
  | 'internship-or-subsidy'
  | 'leisure-job'
  | 'closer-to-labour-market'
  | 'no-change'
  | 'dropped-out'
  | 'moved';
export type ContactKind = 'meeting' | 'three-party' | 'phone' | 'home-visit' | 'other';

export type Consent = {
  id: string;
  givenOn: string;
  recordedByName: string | null;
  forRegistration: boolean;
  forStatistics: boolean;
  forPartnerContact: boolean;
  partnerNames: string | null;
  withdrawnOn: string | null;
  withdrawnByName: string | null;
};

export type Referral = {
  id: string;
  participantId: string;
  source: ReferralSource;
  sourceOther: string | null;
  referredOn: string;
  reason: string | null;
  activityId: string;
  activityName: string;
  decision: Decision;
  decidedOn: string | null;
};

export type CaseSummary = {
  id: string;
  participantId: string | null;
  participantName: string | null;
  activityId: string;
  activityName: string;
  teamId: string;
  teamName: string;
  responsibleUserId: string | null;
  responsibleName: string | null;
  areaId: string | null;
  referralId: string | null;
  startedOn: string;
  status: CaseStatus;
  endedOn: string | null;
  outcome: Outcome | null;
};

export type Goal = { id: string; text: string; agreedOn: string; agreedAt: string | null; achieved: boolean };
export type Contact = {
  id: string;
  occurredOn: string;
  kind: ContactKind;
  note: string | null;
  recordedByName: string | null;
};
export type CaseDetail = CaseSummary & { goals: Goal[]; contacts: Contact[] };

export type ParticipantSummary = {
  id: string;
  displayName: string | null;
  birthYear: number | null;
  gender: Gender | null;
  areaId: string | null;
  areaName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  contact: string | null;
  teamId: string;
  teamName: string;
  createdAt: string;
  erasedAt: string | null;
};

export type ParticipantDetail = ParticipantSummary & {
  consents: Consent[];
  referrals: Referral[];
  cases: CaseSummary[];
  shares: Array<{ userId: string; displayName: string }>;
};

export type RegistrationOptions = {
  areas: Array<{ id: string; name: string; departments: Array<{ id: string; name: string }> }>;
  activities: Array<{ id: string; name: string }>;
  teams: Array<{ id: string; name: string }>;
  colleagues: Array<{ id: string; displayName: string; teamId: string | null }>;
  myTeamId: string | null;
  myUserId: string;
};

export type CourseKind = 'course' | 'group' | 'event';
export type CourseSummary = {
  id: string;
  activityId: string;
  activityName: string;
  kind: CourseKind;
  title: string;
  teamName: string;
  startsOn: string;
  endsOn: string | null;
  enrolled: number;
  completed: number;
};
export type CourseDetail = CourseSummary & {
  evaluation: string | null;
  publication: { text: string; publishedAt: string; publishedByName: string | null } | null;
  sessions: Array<{
    id: string;
    number: number;
    title: string | null;
    heldOn: string | null;
    anonymousCount: number | null;
    presentEnrolmentIds: string[];
  }>;
  enrolments: Array<{
    id: string;
    participantId: string;
    displayName: string | null;
    enrolledOn: string;
    completed: boolean;
    diplomaOn: string | null;
  }>;
};
