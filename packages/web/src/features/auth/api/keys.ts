import { sessionQueryKey } from '../../../lib/query-client.ts';

/** The auth feature's query keys (the session's key lives with the query client, which forgets it on 401). */
export const authKeys = {
  session: sessionQueryKey,
  mySessions: ['my-sessions'] as const,
  secondFactor: ['second-factor'] as const,
  signInOptions: ['sign-in-options'] as const,
};
