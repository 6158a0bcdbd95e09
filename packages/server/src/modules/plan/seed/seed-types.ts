import activitiesJson from './activities.json' with { type: 'json' };
import indicatorsJson from './indicators.json' with { type: 'json' };
import planJson from './plan.json' with { type: 'json' };

// The shape of the plan's seed files in this folder. The facts were copied from the checked
// extracts of seed document 004 (the Odense plan); `asWritten` keeps the document's own wording and
// `note` its ambiguities. A figure the document does not give is null with a status, never 0.

export interface PartySeed {
  name: string;
  shortName: string | null;
  signedDate: string | null;
  signedDateAsWritten: string | null;
  source: string | null;
}

export interface AreaSeed {
  slug: string;
  name: string;
  spellings: string[];
  residents: number | null;
  residentsDate: string | null;
  residentsAsWritten: string | null;
  nonWesternShare: number | null;
  nonWesternShareAsWritten: string | null;
  status: string | null;
  source: string | null;
  /** Where the document is unclear about the area (e.g. an assumed date), with the reason. */
  uncertainties: Array<{ field: string; note: string }>;
  departments: string[];
  ageGroups: Array<{
    key: string;
    label: string;
    value: number | null;
    unit: 'count' | 'pct';
    asWritten: string | null;
    dataSource: string | null;
    note: string | null;
  }>;
}

export interface FocusAreaSeed {
  slug: string;
  name: string;
  team: string | null;
  goalText: string | null;
  lbfOverallGoal: string | null;
  subAgreement: {
    name: string;
    periodStart: string | null;
    periodEnd: string | null;
    parties: Array<{ title: string; organisation: string; includes: string[]; asWritten: string | null }>;
    weeklyStaffHours: number | null;
    weeklyStaffHoursAsWritten: string | null;
    staffHoursYears: number | null;
    staffHoursIncludes: string | null;
    staffHoursNote: string | null;
    revisionText: string | null;
    source: string | null;
  };
}

export interface PlanSeed {
  plan: { partiesNote: string | null; parties: PartySeed[] };
  areas: AreaSeed[];
  focusAreas: FocusAreaSeed[];
}

export interface BaselineSeed {
  scope: 'area' | 'plan' | 'other';
  areaSlug: string | null;
  label: string;
  value: number | null;
  status: 'given' | 'ikke oplyst' | 'blank' | 'dash' | 'not measured';
  qualifier: string | null;
  asWritten: string | null;
  note: string | null;
}

export interface IndicatorSeed {
  key: string;
  name: string;
  unit: 'pct' | 'grade' | 'count';
  baselineYear: string | null;
  baselineYearNote: string | null;
  dataSource: string | null;
  measurement: string | null;
  note: string | null;
  footnotes: string[];
  areasNotListed: string[];
  baselines: BaselineSeed[];
}

export interface GoalSeed {
  level: 'overordnet' | 'delmaal';
  focusAreaSlug: string | null;
  text: string;
  source: string | null;
  note: string | null;
  indicators: IndicatorSeed[];
}

export interface IndicatorsSeed {
  goals: GoalSeed[];
  inconsistencies: Array<{
    key: string;
    what: string;
    quotes: Array<{ where: string; text: string }>;
    indicatorKeys: string[];
  }>;
}

export interface ActivitySeed {
  slug: string;
  name: string;
  focusAreaSlug: string;
  purposesIntro: string | null;
  purposes: string[];
  targetGroup: string | null;
  targetGroups: Array<{
    description: string;
    areaSlug: string | null;
    count: number | null;
    asWritten: string | null;
    source: string | null;
  }>;
  targetTotal: { count: number | null; asWritten: string | null; note: string | null } | null;
  ageRanges: string[];
  format: string | null;
  formatReason: string | null;
  referralSources: string[];
  referralEvidence: string[];
  recruitment: string | null;
  partners: string[];
  sessionStructure: string | null;
  sessions: Array<{ number: number; title: string; description: string | null; topics: string[] }>;
  afterCourse: string | null;
  evaluation: string | null;
  responsible: string | null;
  notes: string[];
  source: string | null;
}

export interface ActivitiesSeed {
  activities: ActivitySeed[];
}

export interface PlanContentSeed {
  plan: PlanSeed;
  indicators: IndicatorsSeed;
  activities: ActivitiesSeed;
}

/**
 * A fresh copy of one of the JSON files next to this module. They are imported, not read from
 * disk at run time, so the compiled CLI carries them in its bundle.
 */
function readSeed<T>(json: unknown): T {
  return structuredClone(json) as T;
}

/** The Odense 2024–2028 plan's content, from the JSON files next to this module. */
export function readOdenseSeed(): PlanContentSeed {
  return {
    plan: readSeed<PlanSeed>(planJson),
    indicators: readSeed<IndicatorsSeed>(indicatorsJson),
    activities: readSeed<ActivitiesSeed>(activitiesJson),
  };
}
