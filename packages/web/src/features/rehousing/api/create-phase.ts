import { api } from '../../../lib/api-client.ts';
import { type AppendBody, REHOUSING_PATH } from './keys.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

export function createPhase(body: AppendBody): Promise<{ id: string }> {
  return api.post<{ id: string }>(`${REHOUSING_PATH}/phases`, body);
}

export function useCreatePhase() {
  return useRehousingMutation(createPhase);
}
