/** Query keys of the plan module; a change invalidates the whole ['plan'] tree. */
export const planKeys = {
  all: ['plan'] as const,
  overview: ['plan', 'overview'] as const,
  goals: ['plan', 'goals'] as const,
  focusArea: (slug: string) => ['plan', 'focus-area', slug] as const,
  indicator: (id: string) => ['plan', 'indicator', id] as const,
  activities: ['plan', 'activities'] as const,
  activity: (id: string) => ['plan', 'activity', id] as const,
  staffHours: ['plan', 'staff-hours'] as const,
  changes: (offset: number, after?: string) => ['plan', 'changes', offset, after ?? ''] as const,
  asOf: (date: string) => ['plan', 'as-of', date] as const,
};
