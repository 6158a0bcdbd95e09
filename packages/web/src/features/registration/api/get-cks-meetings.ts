import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CksMeeting } from '../types.ts';
import { registrationKeys } from './keys.ts';

export type { CksMeeting };

export function useCksMeetings() {
  return useQuery({
    queryKey: registrationKeys.cksMeetings,
    queryFn: ({ signal }) =>
      api.get<{ meetings: CksMeeting[] }>('/api/v1/cks-meetings', undefined, signal).then((r) => r.meetings),
  });
}
