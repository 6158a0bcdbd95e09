/** Every registration query's key; a change below `all` refreshes them all. */
export const registrationKeys = {
  all: ['registration'] as const,
  options: ['registration', 'options'] as const,
  participants: (query: Record<string, string | number>) => ['registration', 'participants', query] as const,
  duplicates: (query: Record<string, string>) => ['registration', 'duplicates', query] as const,
  participant: (id: string) => ['registration', 'participant', id] as const,
  merges: (id: string) => ['registration', 'merges', id] as const,
  cases: (query: Record<string, string | number>) => ['registration', 'cases', query] as const,
  case: (id: string) => ['registration', 'case', id] as const,
  courses: ['registration', 'courses'] as const,
  course: (id: string) => ['registration', 'course', id] as const,
  safetyContacts: ['registration', 'safety'] as const,
  cksMeetings: ['registration', 'cks'] as const,
  safetyRevisions: ['registration', 'safety-revisions'] as const,
  cksRevisions: ['registration', 'cks-revisions'] as const,
  volunteers: (query: Record<string, string | number>) => ['registration', 'volunteers', query] as const,
};
