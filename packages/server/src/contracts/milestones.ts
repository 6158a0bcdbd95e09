// The milepælsplan API's schemas and the named types of its requests and answers, for the web app
// (which imports types only). The schemas live in modules/milestones/contract/.
import type { z } from 'zod';
import type * as contract from '../modules/milestones/contract/milestones.ts';

export * from '../modules/milestones/contract/milestones.ts';

// What the server answers.
export type MilestoneList = z.output<typeof contract.MilestoneList>;
export type Milestone = z.output<typeof contract.MilestoneView>;
export type MilestoneStatusView = z.output<typeof contract.MilestoneStatus>;
export type SubAgreementChoice = z.output<typeof contract.SubAgreementChoice>;
export type ResponsibleList = z.output<typeof contract.ResponsibleList>;

// What a client sends (before the server's defaults and trimming).
export type MilestoneRequest = z.input<typeof contract.CreateMilestoneBody>;
export type MilestonePatchRequest = z.input<typeof contract.PatchMilestoneBody>;
