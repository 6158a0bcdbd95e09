import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type SafetyContact = {
  id: string;
  occurredOn: string;
  reportedBy: 'resident' | 'staff' | 'partner' | 'other';
  areaId: string | null;
  place: string | null;
  situation: string;
  routedTo: Array<'ppr' | 'police' | 'children-youth' | 'ssp' | 'housing' | 'other'>;
  followUp: string | null;
  followedUpOn: string | null;
};
export type CksMeeting = {
  id: string;
  heldOn: string;
  areaId: string | null;
  attendance: Array<{ organisation: string; count: number }>;
  agreements: string | null;
};
export type Volunteers = {
  year: number;
  newInYear: number;
  volunteers: Array<{ id: string; participantId: string; displayName: string | null; startedOn: string }>;
};

export function useSafetyContacts() {
  return useQuery({
    queryKey: ['registration', 'safety'],
    queryFn: ({ signal }) =>
      api
        .get<{ contacts: SafetyContact[] }>('/api/v1/safety-contacts', undefined, signal)
        .then((r) => r.contacts),
  });
}

export function useCksMeetings() {
  return useQuery({
    queryKey: ['registration', 'cks'],
    queryFn: ({ signal }) =>
      api.get<{ meetings: CksMeeting[] }>('/api/v1/cks-meetings', undefined, signal).then((r) => r.meetings),
  });
}

export function useVolunteers(year: number) {
  return useQuery({
    queryKey: ['registration', 'volunteers', year],
    queryFn: ({ signal }) => api.get<Volunteers>('/api/v1/volunteers', { year }, signal),
  });
}
