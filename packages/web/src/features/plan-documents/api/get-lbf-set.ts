import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { LbfItemKey, LbfSetView } from '../types.ts';
import { documentKeys, LBF_SET_PATH } from './keys.ts';

export function getLbfSet(signal?: AbortSignal): Promise<LbfSetView> {
  return api.get<LbfSetView>(`${LBF_SET_PATH}`, undefined, signal);
}

export function useLbfSet() {
  return useQuery({ queryKey: documentKeys.lbfSet, queryFn: ({ signal }) => getLbfSet(signal) });
}

/** The address of one item's file in a format it has. */
export function lbfItemUrl(key: LbfItemKey, format: 'pdf' | 'xlsx'): string {
  return `${LBF_SET_PATH}/${key}?format=${format}`;
}

/** The address of "Hent det hele": every item in one ZIP. */
export function lbfZipUrl(): string {
  return `${LBF_SET_PATH}.zip`;
}
