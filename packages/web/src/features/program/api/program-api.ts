import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type {
  ActivityKnowledge,
  Assessor,
  EntryKind,
  Filters,
  Goal,
  Program,
  ProgramReport,
  RegisterEntry,
  SearchHit,
} from '../types.ts';

export const programKeys = {
  all: ['program'] as const,
  list: ['program', 'list'] as const,
  program: (slug: string) => ['program', slug] as const,
  goal: (slug: string, position: number) => ['program', slug, 'goal', position] as const,
  register: (slug: string) => ['program', slug, 'register'] as const,
  report: (slug: string, quarter: string) => ['program', slug, 'report', quarter] as const,
  filters: ['program', 'knowledge', 'filters'] as const,
  search: (params: SearchParams) => ['program', 'knowledge', 'search', params] as const,
  activity: (id: string) => ['program', 'knowledge', 'activity', id] as const,
};

export type SearchParams = { q: string; focusArea?: string; area?: string; year?: string };

export function usePrograms() {
  return useQuery({
    queryKey: programKeys.list,
    queryFn: ({ signal }) =>
      api.get<{ programs: { slug: string; name: string; owner: string }[] }>(
        '/api/v1/programs',
        undefined,
        signal,
      ),
  });
}

export function useProgram(slug: string) {
  return useQuery({
    queryKey: programKeys.program(slug),
    queryFn: ({ signal }) => api.get<Program>(`/api/v1/programs/${slug}`, undefined, signal),
  });
}

export function useGoal(slug: string, position: number) {
  return useQuery({
    queryKey: programKeys.goal(slug, position),
    queryFn: ({ signal }) => api.get<Goal>(`/api/v1/programs/${slug}/goals/${position}`, undefined, signal),
  });
}

export function useRegister(slug: string) {
  return useQuery({
    queryKey: programKeys.register(slug),
    queryFn: ({ signal }) =>
      api.get<{ plans: RegisterEntry[] }>(`/api/v1/programs/${slug}/plans`, undefined, signal),
  });
}

export function useProgramReport(slug: string, quarter: string) {
  return useQuery({
    queryKey: programKeys.report(slug, quarter),
    queryFn: ({ signal }) =>
      api.get<ProgramReport>(`/api/v1/programs/${slug}/report`, quarter ? { quarter } : undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useKnowledgeFilters() {
  return useQuery({
    queryKey: programKeys.filters,
    queryFn: ({ signal }) => api.get<Filters>('/api/v1/knowledge/filters', undefined, signal),
  });
}

export function useKnowledgeSearch(params: SearchParams | null) {
  return useQuery({
    queryKey: programKeys.search(params ?? { q: '' }),
    queryFn: ({ signal }) =>
      api.get<{ hits: SearchHit[] }>('/api/v1/knowledge/search', params ?? undefined, signal),
    enabled: params !== null && params.q.trim() !== '',
  });
}

export function useActivityKnowledge(id: string) {
  return useQuery({
    queryKey: programKeys.activity(id),
    queryFn: ({ signal }) =>
      api.get<ActivityKnowledge>(`/api/v1/knowledge/activities/${id}`, undefined, signal),
  });
}

export type NewEntry = {
  clientKey: string;
  activityId: string;
  kind: EntryKind;
  assessor: Assessor | null;
  year: number;
  title: string;
  body: string;
  confirmPersonalData: boolean;
  file: { name: string; type: string; base64: string } | null;
};

export function useCreateEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: NewEntry) => api.post<{ id: string }>('/api/v1/knowledge/entries', entry),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  });
}
