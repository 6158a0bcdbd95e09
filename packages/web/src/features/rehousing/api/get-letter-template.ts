import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { LetterTemplate } from '../types.ts';
import { REHOUSING_PATH, rehousingKeys } from './keys.ts';

export const TEMPLATE_PATH = `${REHOUSING_PATH}/letter-template`;

export function getLetterTemplate(signal?: AbortSignal): Promise<LetterTemplate> {
  return api.get<LetterTemplate>(TEMPLATE_PATH, undefined, signal);
}

export function useLetterTemplate() {
  return useQuery({ queryKey: rehousingKeys.template, queryFn: ({ signal }) => getLetterTemplate(signal) });
}
