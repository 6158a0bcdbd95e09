// The milepælsplan API's answers and requests, as the server's contract defines them
// (packages/server/src/contracts/milestones.ts). Types only: no server code reaches the bundle.
export type {
  Milestone,
  MilestoneList,
  MilestonePatchRequest,
  MilestoneRequest,
  MilestoneStatusKey,
  MilestoneStatusView,
  ResponsibleList,
  SubAgreementChoice,
} from '@helhed/server/contracts/milestones';
