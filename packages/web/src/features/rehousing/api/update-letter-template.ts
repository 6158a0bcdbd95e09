import { apiRequest } from '../../../lib/api-client.ts';
import type { LetterTemplate } from '../types.ts';
import { TEMPLATE_PATH } from './get-letter-template.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

export type TemplateInput = { subject: string; body: string };

export function updateLetterTemplate(input: TemplateInput): Promise<LetterTemplate> {
  return apiRequest<LetterTemplate>(TEMPLATE_PATH, { method: 'PUT', body: input });
}

export function useUpdateLetterTemplate() {
  return useRehousingMutation(updateLetterTemplate);
}
