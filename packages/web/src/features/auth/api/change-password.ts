import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { authKeys } from './keys.ts';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/api/v1/auth/password', input);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The session changes (mustChangePassword, perhaps a new CSRF token): fetch it again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.session }),
  });
}
