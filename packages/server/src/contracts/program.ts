// The Program Vollsmose and videnbase API's schemas and the named types of its requests and answers,
// for the web app (which imports types only). The schemas live in modules/program/contract/.
import type { z } from 'zod';
import type * as knowledgeContract from '../modules/program/contract/knowledge.ts';
import type * as programContract from '../modules/program/contract/program.ts';

export * from '../modules/program/contract/knowledge.ts';
export * from '../modules/program/contract/program.ts';

// What the server answers.
export type Programs = z.output<typeof programContract.ProgramList>;
export type Program = z.output<typeof programContract.ProgramView>;
export type Goal = z.output<typeof programContract.GoalView>;
export type Series = z.output<typeof programContract.SeriesView>;
export type SeriesPoint = z.output<typeof programContract.SeriesPointView>;
export type SeriesBreak = Series['breaks'][number];
export type Definition = z.output<typeof programContract.Definition>;
export type ActivityRef = z.output<typeof programContract.ActivityRef>;
export type Register = z.output<typeof programContract.RegisterView>;
export type RegisterEntry = z.output<typeof programContract.RegisterEntry>;
export type ProgramReport = z.output<typeof programContract.ProgramReportView>;
export type SearchHit = z.output<typeof knowledgeContract.SearchHit>;
export type KnowledgeFilters = z.output<typeof knowledgeContract.KnowledgeFilters>;
export type ActivityKnowledge = z.output<typeof knowledgeContract.ActivityKnowledge>;
export type KnowledgeEntry = ActivityKnowledge['entries'][number];

// What a client sends (before the server's defaults and trimming).
export type ContinuationRequest = z.input<typeof programContract.ContinuationBody>;
export type KnowledgeEntryRequest = z.input<typeof knowledgeContract.NewEntryBody>;
