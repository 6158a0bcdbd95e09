import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client.ts';
import type { BoardReview, RecordBoardReviewInput } from '../types.ts';
import { reportKeys } from './keys.ts';

export const BOARD_REVIEWS_URL = '/api/v1/reports/board-reviews';

export function useBoardReviews(year: number) {
  return useQuery({
    queryKey: reportKeys.boardReviews(year),
    queryFn: ({ signal }) =>
      api.get<{ year: number; reviews: BoardReview[] }>(BOARD_REVIEWS_URL, { year }, signal),
  });
}

export function useRecordBoardReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordBoardReviewInput) =>
      apiRequest<BoardReview>(BOARD_REVIEWS_URL, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reports', 'board-reviews'] }),
  });
}

export function useWithdrawBoardReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { reason: string }) =>
      apiRequest<BoardReview>(`${BOARD_REVIEWS_URL}/${encodeURIComponent(id)}/withdraw`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reports', 'board-reviews'] }),
  });
}
