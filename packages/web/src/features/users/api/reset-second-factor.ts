import { api } from '../../../lib/api-client.ts';
import type { AccountAnswer } from './change-role.ts';

/** Removes the user's second factor (they set it up again) and logs them out everywhere. */
export function resetSecondFactor(userId: string): Promise<AccountAnswer> {
  return api.post<AccountAnswer>(`/api/v1/users/${userId}/reset-second-factor`);
}
