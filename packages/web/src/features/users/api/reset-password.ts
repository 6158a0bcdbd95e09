import { api } from '../../../lib/api-client.ts';
import type { AccountAnswer } from './change-role.ts';

/** Sets a one-time password that the user must change at the next sign-in. */
export function resetPassword(userId: string): Promise<AccountAnswer> {
  return api.post<AccountAnswer>(`/api/v1/users/${userId}/reset-password`);
}
