import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Program } from '../types.ts';
import { programKeys, programPath } from './keys.ts';

export function getProgram(slug: string, signal?: AbortSignal): Promise<Program> {
  return api.get<Program>(programPath(slug), undefined, signal);
}

export function useProgram(slug: string) {
  return useQuery({ queryKey: programKeys.program(slug), queryFn: ({ signal }) => getProgram(slug, signal) });
}
