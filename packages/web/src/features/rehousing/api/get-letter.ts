import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { householdPath, rehousingKeys } from './keys.ts';

export type LetterPreview = { subject: string; body: string; email: string | null };

/** The path of a household's offer letters. */
export const lettersPath = (householdId: string) => `${householdPath(householdId)}/letters`;

/** The offer letter for one offer, filled in from the plan's template. */
export function getLetter(
  householdId: string,
  offerId: string,
  signal?: AbortSignal,
): Promise<LetterPreview> {
  return api.get<LetterPreview>(
    `${lettersPath(householdId)}/${encodeURIComponent(offerId)}`,
    undefined,
    signal,
  );
}

/** No offer chosen (''): no request. */
export function useLetter(householdId: string, offerId: string) {
  return useQuery({
    queryKey: rehousingKeys.letter(householdId, offerId),
    queryFn: ({ signal }) => getLetter(householdId, offerId, signal),
    enabled: offerId !== '',
  });
}

/** The address of the same letter as a PDF, to print. */
export function letterPdfUrl(householdId: string, offerId: string): string {
  return `${lettersPath(householdId)}/${encodeURIComponent(offerId)}/pdf`;
}
