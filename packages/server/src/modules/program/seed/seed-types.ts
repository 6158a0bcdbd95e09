import plansJson from './plans.json' with { type: 'json' };
import programJson from './program.json' with { type: 'json' };

// The shapes of the program seed files (facts from sources 000-004 in the module's own words).
export interface SeedPoint {
  year: number;
  value: number;
  definition: string;
  asWritten?: string;
  document: string;
  quote?: string;
  note?: string;
}

export interface SeedLink {
  indicator: string;
  area: string | null;
  definition: string;
  document: string;
}

export interface SeedSeries {
  key: string;
  goal: number;
  name: string;
  areaLabel: string;
  points?: SeedPoint[];
  links?: SeedLink[];
}

export interface ProgramSeed {
  program: {
    slug: string;
    name: string;
    municipality: string;
    owner: string;
    decidedOn: string;
    description: string;
    source: string;
  };
  goals: string[];
  goalsSource: string;
  definitions: { key: string; label: string; measure: string; population: string; unit: string }[];
  series: SeedSeries[];
}

export interface SeedRegisterEntry {
  name: string;
  startYear: number;
  endYear: number;
  status: 'afsluttet' | 'aktiv';
  planSlug?: string;
  budgetTotal?: number;
  budgetLbf?: number;
  budgetLocalMin?: number;
  localShareMinPct?: number;
  financingNote?: string;
  lbfFocusAreas?: string[];
  source: string;
  note?: string;
}

export interface SeedActivity {
  slug: string;
  name: string;
  text: string;
  notes?: string[];
}

export interface PlansSeed {
  register: SeedRegisterEntry[];
  plan2016: {
    slug: string;
    name: string;
    municipality: string;
    periodStart: string;
    periodEnd: string;
    area: { slug: string; name: string; residents: number; source: string };
    focusAreas: { slug: string; name: string; activities: SeedActivity[] }[];
  };
  continuations: {
    activity: { plan: string; slug: string };
    previous: { plan: string; slug: string };
    note: string;
  }[];
  methodNotes: { plan: string; activity: string; year: number; title: string; body: string }[];
}

// The JSON files next to this module, imported (so the compiled CLI carries them); a fresh copy each time.
export const readProgramSeed = () => structuredClone(programJson) as unknown as ProgramSeed;
export const readPlansSeed = () => structuredClone(plansJson) as unknown as PlansSeed;
