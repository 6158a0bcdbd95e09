import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import type { Session } from '../../../types/api.ts';
import { authKeys } from './keys.ts';

// The second factor (decision 0027): the second step of signing in, and the set-up under Min konto.
const BASE = '/api/v1/auth/second-factor';

export type SecondFactorStatus = { enabled: boolean; required: boolean; recoveryCodesLeft: number };
export type Enrolment = { uri: string; qrCode: string; secret: string };
export type RecoveryCodes = { recoveryCodes: string[] };

/** The code of the sign-in's second step; the answer is the now active session. */
export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) => api.post<Session>(`${BASE}/verify`, input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(authKeys.session, session);
    },
    // The fifth wrong code ends the session: ask the server what is left of it.
    onError: () => queryClient.invalidateQueries({ queryKey: authKeys.session }),
  });
}

export function useSecondFactorStatus() {
  return useQuery({ queryKey: authKeys.secondFactor, queryFn: () => api.get<SecondFactorStatus>(BASE) });
}

export function useStartSecondFactorSetup() {
  return useMutation({ mutationFn: () => api.post<Enrolment>(`${BASE}/setup`) });
}

/** Confirming turns the factor on: the session and the status change. */
export function useConfirmSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) => api.post<RecoveryCodes>(`${BASE}/confirm`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.secondFactor }),
  });
}

export function useRenewRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) => api.post<RecoveryCodes>(`${BASE}/recovery-codes`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.secondFactor }),
  });
}

export function useRemoveSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) => api.post<void>(`${BASE}/remove`, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: authKeys.secondFactor });
      await queryClient.invalidateQueries({ queryKey: authKeys.session });
    },
  });
}
