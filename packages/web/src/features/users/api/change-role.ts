import type { Role } from '@helhed/core';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';

/** What the account steps answer: the user as now, and how many of their sessions were ended. */
export type AccountAnswer = { user: User; sessionsEnded: number; oneTimePassword?: string };

export function changeRole(userId: string, role: Role): Promise<AccountAnswer> {
  return api.post<AccountAnswer>(`/api/v1/users/${userId}/role`, { role });
}
