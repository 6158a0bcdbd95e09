import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rehousingKeys } from './keys.ts';

/** A change in genhusning; every genhusning query is refetched after it. */
export function useRehousingMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rehousingKeys.all }),
  });
}
