import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ListView } from '../../../lib/use-list-params.ts';
import type {
  CksMeeting,
  CksMeetingCorrectionRequest,
  CksMeetingRevision,
  SafetyContact,
  SafetyContactCorrectionRequest,
  SafetyContactRevision,
  SituationRemovalRequest,
} from '../types.ts';
import { registrationKeys } from './keys.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

/** A tryghed contact as it should have been, with the reason; the corrected contact comes back. */
export function useCorrectSafetyContact(id: string) {
  return useRegistrationMutation((body: SafetyContactCorrectionRequest) =>
    api.patch<SafetyContact>(`/api/v1/safety-contacts/${id}`, body),
  );
}

export function useRemoveSafetyContact(id: string) {
  return useRegistrationMutation((body: SituationRemovalRequest) =>
    api.post<null>(`/api/v1/safety-contacts/${id}/removal`, body),
  );
}

export function useCorrectCksMeeting(id: string) {
  return useRegistrationMutation((body: CksMeetingCorrectionRequest) =>
    api.patch<CksMeeting>(`/api/v1/cks-meetings/${id}`, body),
  );
}

export function useRemoveCksMeeting(id: string) {
  return useRegistrationMutation((body: SituationRemovalRequest) =>
    api.post<null>(`/api/v1/cks-meetings/${id}/removal`, body),
  );
}

export const HISTORY_PAGE_SIZE = 10;

type RevisionPage<R> = { revisions: R[]; total: number };

/** One page of the history of corrected and removed tryghed contacts, newest first. */
export function useSafetyRevisionPage(view: ListView<never>) {
  const query = { limit: HISTORY_PAGE_SIZE, offset: view.offset };
  return useQuery({
    queryKey: [...registrationKeys.safetyRevisions, query],
    queryFn: ({ signal }) =>
      api.get<RevisionPage<SafetyContactRevision>>('/api/v1/safety-contact-revisions', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCksRevisionPage(view: ListView<never>) {
  const query = { limit: HISTORY_PAGE_SIZE, offset: view.offset };
  return useQuery({
    queryKey: [...registrationKeys.cksRevisions, query],
    queryFn: ({ signal }) =>
      api.get<RevisionPage<CksMeetingRevision>>('/api/v1/cks-meeting-revisions', query, signal),
    placeholderData: keepPreviousData,
  });
}
