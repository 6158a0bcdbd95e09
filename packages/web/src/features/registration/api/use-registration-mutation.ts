import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registrationKeys } from './keys.ts';

/** A change to registration data: afterwards every registration query is fetched again. */
export function useRegistrationMutation<TBody, TResult>(request: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.all }),
  });
}
