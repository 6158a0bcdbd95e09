// The reports' JSON as the API sends it (packages/server/src/modules/reports/contract*.ts).

// A count as published: the number, or "x" where discretion hides it (one type, in core).
export type { SafeCount } from '@helhed/core';

import type { SafeCount } from '@helhed/core';

export type QuarterMetrics = {
  uniqueParticipants: SafeCount;
  referralsReceived: { total: SafeCount; bySource: Record<string, SafeCount> };
  casesStarted: SafeCount;
  casesActive: SafeCount;
  casesEnded: SafeCount;
  outcomes: Record<string, SafeCount>;
  sessionsHeld: number;
  groupParticipants: SafeCount;
  attendance: SafeCount;
  volunteers: SafeCount;
};

export type ActivityRow = QuarterMetrics & {
  activityId: string;
  activityName: string;
  focusAreaId: string;
  focusAreaName: string;
  planName: string;
};

export type AreaRow = {
  areaId: string | null;
  areaName: string;
  planName: string;
  casesStarted: SafeCount;
  casesActive: SafeCount;
  casesEnded: SafeCount;
  outcomes: Record<string, SafeCount>;
  cksMeetings: number;
  cksAttendees: SafeCount;
  safetyContacts: number;
};

export type QuarterSection = {
  quarter: string;
  discretionThreshold: number;
  period: { start: string; end: string };
  activities: ActivityRow[];
  areas: AreaRow[];
  totals: QuarterMetrics & { cksMeetings: number; cksAttendees: SafeCount; safetyContacts: number };
};

export type Synthetic = { seedNumber: number; createdAt: string } | null;

export type QuarterlyReport = QuarterSection & {
  kind: 'quarterly';
  plan: { id: string | null; slug: string | null; name: string };
  referralSources: string[];
  outcomeKinds: string[];
  comparison: QuarterSection;
  synthetic: Synthetic;
};

export type Figure = number | SafeCount | null;

export type IndicatorAreaRow = {
  areaId: string | null;
  areaName: string;
  baseline: Figure;
  value: Figure;
  previousValue: Figure;
  valueSource: 'entered' | 'registrations' | 'missing';
  change: 'up' | 'down' | 'same' | 'unknown';
  goal: 'met' | 'missed' | 'unknown';
};

export type IndicatorReport = {
  indicatorId: string;
  key: string;
  name: string;
  unit: string;
  measurement: string | null;
  baselineYear: string | null;
  dataSource: string | null;
  goalText: string;
  locallyRegistered: boolean;
  municipality: { label: string; value: number } | null;
  rows: IndicatorAreaRow[];
};

export type AnnualReport = {
  kind: 'annual';
  plan: { id: string | null; slug: string | null; name: string };
  year: number;
  discretionThreshold: number;
  focusAreas: Array<{ focusAreaId: string | null; focusAreaName: string; indicators: IndicatorReport[] }>;
  synthetic: Synthetic;
};
