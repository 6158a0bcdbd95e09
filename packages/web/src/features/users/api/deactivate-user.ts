import { api } from '../../../lib/api-client.ts';
import type { AccountAnswer } from './change-role.ts';

export function deactivateUser(userId: string): Promise<AccountAnswer> {
  return api.post<AccountAnswer>(`/api/v1/users/${userId}/deactivate`);
}
