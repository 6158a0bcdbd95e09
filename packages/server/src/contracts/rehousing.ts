// The genhusning API's schemas and the named types of its requests and answers, for the web app
// (which imports types only). The schemas live in modules/rehousing/contract/.
import type { SafeCount } from '@helhed/core';
import type { z } from 'zod';
import type * as requestsContract from '../modules/rehousing/contract/requests.ts';
import type * as viewsContract from '../modules/rehousing/contract/views.ts';
import type * as vocabulariesContract from '../modules/rehousing/contract/vocabularies.ts';

export * from '../modules/rehousing/contract/requests.ts';
export * from '../modules/rehousing/contract/views.ts';
export * from '../modules/rehousing/contract/vocabularies.ts';

// What the server answers.
export type PhaseList = z.output<typeof viewsContract.PhaseList>;
export type Phase = PhaseList['phases'][number];
export type StatusView = z.output<typeof viewsContract.StatusView>;
/** The committee table's four cells, each a count or "x" where discretion hides it. */
export type Cells = Record<vocabulariesContract.TableCell, SafeCount>;
export type Household = z.output<typeof viewsContract.HouseholdView>;
export type HouseholdDetail = z.output<typeof viewsContract.HouseholdDetail>;
export type HouseholdEventView = HouseholdDetail['events'][number];
export type Followup = HouseholdDetail['followups'][number];
export type HouseholdExport = z.output<typeof viewsContract.HouseholdExport>;
export type Referral = z.output<typeof viewsContract.ReferralResult>;
export type HouseholdImport = z.output<typeof viewsContract.ImportResult>;
export type LetterTemplate = z.output<typeof viewsContract.TemplateView>;
export type LetterPreview = z.output<typeof viewsContract.LetterPreview>;
export type LetterSent = z.output<typeof viewsContract.LetterSent>;

// What a client sends (before the server's defaults and trimming).
export type PhaseRequest = z.input<typeof requestsContract.CreatePhaseBody>;
export type HouseholdRequest = z.input<typeof requestsContract.CreateHouseholdBody>;
export type HouseholdUpdateRequest = z.input<typeof requestsContract.UpdateHouseholdBody>;
export type EventRequest = z.input<typeof requestsContract.EventBody>;
export type FollowupRequest = z.input<typeof requestsContract.FollowupBody>;
export type HouseholdReferralRequest = z.input<typeof requestsContract.HouseholdReferralBody>;
export type LetterRequest = z.input<typeof requestsContract.LetterBody>;
export type TemplateRequest = z.input<typeof requestsContract.TemplateBody>;
