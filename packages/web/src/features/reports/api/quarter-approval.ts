import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client.ts';
import type { QuarterApproval, SentBack } from '../types.ts';
import { reportKeys } from './keys.ts';

// A quarter's approval (issue 20, item 1): its state for everyone who reads reports; approving,
// reopening and sending back for the leader. A decision changes the report's "changed" list too.
const BASE = '/api/v1/reports/quarter-approval';

export function useQuarterApproval(quarter: string) {
  return useQuery({
    queryKey: reportKeys.quarterApproval(quarter),
    queryFn: ({ signal }) => api.get<QuarterApproval>(BASE, { quarter }, signal),
  });
}

export function useSentBackToMe(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.sentBack,
    queryFn: ({ signal }) => api.get<SentBack>(`${BASE}/sent-back`, undefined, signal),
    enabled,
  });
}

function useDecision<TInput>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) =>
      apiRequest<QuarterApproval>(`${BASE}/${path}`, { method: 'POST', body: input }),
    onSuccess: (answer) => {
      queryClient.setQueryData(reportKeys.quarterApproval(answer.quarter), answer);
      return queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

export const useApproveQuarter = () => useDecision<{ quarter: string }>('approve');
export const useReopenQuarter = () =>
  useDecision<{ quarter: string; activityId: string | null; reason: string }>('reopen');
export const useSendQuarterBack = () =>
  useDecision<{ quarter: string; userId: string; message: string }>('send-back');
