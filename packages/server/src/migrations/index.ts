import type { Migration } from 'kysely';
import * as platform from './0001-platform.ts';
import * as plan from './0002-plan.ts';
import * as alerting from './0003-alerting.ts';
import * as registration from './0004-registration.ts';
import * as synthetic from './0005-synthetic.ts';
import * as rehousing from './0006-rehousing.ts';
import * as program from './0007-program.ts';
import * as accounts from './0008-accounts.ts';
import * as alertingAck from './0009-alerting-ack.ts';
import * as alertingAlive from './0010-alerting-alive.ts';
import * as consentPublishing from './0011-consent-publishing.ts';
import * as retention from './0012-retention.ts';
import * as goalReached from './0013-goal-reached.ts';
import * as offerExpired from './0014-offer-expired.ts';
import * as contactCorrections from './0015-contact-corrections.ts';
import * as knowledgeHistory from './0016-knowledge-history.ts';
import * as participantMerge from './0017-participant-merge.ts';
import * as referralCorrections from './0018-referral-corrections.ts';
import * as situationCorrections from './0019-situation-corrections.ts';
import * as planContentVersion from './0020-plan-content-version.ts';
import * as participantNameOrder from './0021-participant-name-order.ts';
import * as secondFactor from './0022-second-factor.ts';
import * as finance from './0023-finance.ts';
import * as milestonesDocuments from './0024-milestones-documents.ts';
import * as boardReview from './0025-board-review.ts';
import * as quarterApproval from './0026-quarter-approval.ts';
import * as planComparison from './0027-plan-comparison.ts';
import * as federatedSignIn from './0028-federated-sign-in.ts';
import * as quarterGuardPerStatement from './0029-quarter-guard-per-statement.ts';

// The ordered list of migrations. Names sort in the order they must run; never rename or edit
// a migration that has shipped: add a new one.
export const migrations: Record<string, Migration> = {
  '0001-platform': platform,
  '0002-plan': plan,
  '0003-alerting': alerting,
  '0004-registration': registration,
  '0005-synthetic': synthetic,
  '0006-rehousing': rehousing,
  '0007-program': program,
  '0008-accounts': accounts,
  '0009-alerting-ack': alertingAck,
  '0010-alerting-alive': alertingAlive,
  '0011-consent-publishing': consentPublishing,
  '0012-retention': retention,
  '0013-goal-reached': goalReached,
  '0014-offer-expired': offerExpired,
  '0015-contact-corrections': contactCorrections,
  '0016-knowledge-history': knowledgeHistory,
  '0017-participant-merge': participantMerge,
  '0018-referral-corrections': referralCorrections,
  '0019-situation-corrections': situationCorrections,
  '0020-plan-content-version': planContentVersion,
  '0021-participant-name-order': participantNameOrder,
  '0022-second-factor': secondFactor,
  '0023-finance': finance,
  '0024-milestones-documents': milestonesDocuments,
  '0025-board-review': boardReview,
  '0026-quarter-approval': quarterApproval,
  '0027-plan-comparison': planComparison,
  '0028-federated-sign-in': federatedSignIn,
  '0029-quarter-guard-per-statement': quarterGuardPerStatement,
};
