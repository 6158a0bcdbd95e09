import { api } from '../../../lib/api-client.ts';
import { lettersPath } from './get-letter.ts';
import { useRehousingMutation } from './rehousing-mutation.ts';

export type SendLetterInput = { offerId: string; method: 'email' | 'print' };

/** Records that the letter went out: sent by e-mail (answers to whom) or printed. */
export function sendLetter(householdId: string, input: SendLetterInput): Promise<{ sentTo: string | null }> {
  return api.post<{ sentTo: string | null }>(lettersPath(householdId), input);
}

export function useSendLetter(householdId: string) {
  return useRehousingMutation((input: SendLetterInput) => sendLetter(householdId, input));
}
