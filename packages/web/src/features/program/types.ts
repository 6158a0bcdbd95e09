import type { SeriesUnitKey } from '@helhed/core';

// The program module's API shapes, as the server's contract (modules/program/contract*.ts) sends them.
export type Definition = {
  key: string;
  label: string;
  measure: string;
  population: string;
  unit: SeriesUnitKey;
};
export type SeriesPoint = {
  year: number;
  value: number;
  shownValue: number;
  converted: boolean;
  segment: number;
  definitionKey: string;
  source: string;
  quote: string | null;
};
export type SeriesBreak = { fromYear: number; toYear: number; before: Definition; after: Definition };
export type Series = {
  key: string;
  name: string;
  areaLabel: string;
  points: SeriesPoint[];
  definitions: Definition[];
  segmentUnits: SeriesUnitKey[];
  breaks: SeriesBreak[];
};
export type ActivityRef = { id: string; name: string; planName: string; focusAreaName: string };
export type Program = {
  slug: string;
  name: string;
  municipality: string;
  owner: string;
  decidedOn: string | null;
  description: string | null;
  source: string | null;
  goalsSource: string | null;
  goals: { position: number; text: string; seriesCount: number; breakCount: number }[];
};
export type Goal = {
  program: { slug: string; name: string };
  position: number;
  text: string;
  source: string | null;
  series: Series[];
  activities: ActivityRef[];
};
export type RegisterEntry = {
  name: string;
  startYear: number;
  endYear: number;
  status: 'afsluttet' | 'aktiv';
  planSlug: string | null;
  budgetTotal: number | null;
  budgetLbf: number | null;
  budgetLocalMin: number | null;
  localShareMinPct: number | null;
  financingNote: string | null;
  lbfFocusAreas: string[];
  source: string;
  note: string | null;
  activities: {
    id: string;
    name: string;
    focusAreaName: string;
    continues: ActivityRef[];
    continuedBy: ActivityRef[];
  }[];
};
export type EntryKind = 'method_note' | 'assessment' | 'document';
export type Assessor = 'ledelse' | 'foelgegruppe' | 'bestyrelse';
export type SearchHit = {
  kind: 'activity' | 'entry';
  activity: ActivityRef;
  entryId: string | null;
  entryKind: EntryKind | null;
  title: string;
  snippet: string;
  year: number | null;
  lineOfWork: ActivityRef[];
};
export type Filters = {
  focusAreas: { id: string; name: string; planName: string }[];
  areas: { slug: string; name: string }[];
  years: number[];
};
export type Entry = {
  id: string;
  activityId: string;
  activityPlanName: string;
  kind: EntryKind;
  assessor: Assessor | null;
  year: number;
  title: string;
  body: string;
  file: { name: string; type: string; size: number } | null;
  createdAt: string;
};
export type ActivityKnowledge = {
  activity: ActivityRef & {
    purposesIntro: string | null;
    targetGroup: string | null;
    period: { start: string; end: string };
  };
  lineOfWork: ActivityRef[];
  entries: Entry[];
  courseEvaluations: {
    activityPlanName: string;
    title: string;
    kind: string;
    startsOn: string;
    endsOn: string | null;
    evaluation: string | null;
    withheld: boolean;
    published: boolean;
    enrolled: number | string;
  }[];
};
export type ProgramReport = {
  quarter: string;
  goals: (Goal & {
    deliveries: {
      activityId: string;
      activityName: string;
      focusAreaName: string;
      uniqueParticipants: number | string;
      casesStarted: number | string;
      sessionsHeld: number;
    }[];
  })[];
};
