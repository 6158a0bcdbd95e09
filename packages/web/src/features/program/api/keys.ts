/** What the knowledge search asks for; the filters are optional. */
export type SearchParams = { q: string; focusArea?: string; area?: string; year?: string; offset?: string };

/** Query keys of the program and its knowledge base; a new entry invalidates the whole ['program'] tree. */
export const programKeys = {
  all: ['program'] as const,
  program: (slug: string) => ['program', slug] as const,
  goal: (slug: string, position: number) => ['program', slug, 'goal', position] as const,
  register: (slug: string) => ['program', slug, 'register'] as const,
  report: (slug: string, quarter: string) => ['program', slug, 'report', quarter] as const,
  filters: ['program', 'knowledge', 'filters'] as const,
  search: (params: SearchParams) => ['program', 'knowledge', 'search', params] as const,
  activity: (id: string) => ['program', 'knowledge', 'activity', id] as const,
};

/** The path of one program. */
export const programPath = (slug: string) => `/api/v1/programs/${encodeURIComponent(slug)}`;
