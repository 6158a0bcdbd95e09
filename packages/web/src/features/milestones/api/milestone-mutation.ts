import { useMutation, useQueryClient } from '@tanstack/react-query';
import { milestoneKeys } from './keys.ts';

/** The LBF set lists the milepælsplan: its query is refetched with the milestones'. */
const LBF_SET_KEY = ['plan-documents', 'lbf-set'] as const;

/** A change of the milepælsplan; the milestones' queries and the LBF set are refetched after it. */
export function useMilestoneMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: milestoneKeys.all }),
        queryClient.invalidateQueries({ queryKey: LBF_SET_KEY }),
      ]);
    },
  });
}
