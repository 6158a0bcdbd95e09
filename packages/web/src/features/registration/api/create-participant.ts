import { api } from '../../../lib/api-client.ts';
import type { Gender, ParticipantDetail } from '../types.ts';
import { useRegistrationMutation } from './use-registration-mutation.ts';

export type CreateParticipantBody = {
  clientKey: string;
  displayName: string;
  /** A number, or the typed text so that the server explains what is wrong with it. */
  birthYear: number | string | null;
  gender: Gender;
  areaId: string | null;
  departmentId: string | null;
  contact: string;
  teamId?: string;
  consent: {
    givenOn: string;
    forRegistration: boolean;
    forStatistics: boolean;
    forPartnerContact: boolean;
    partnerNames: string;
  };
};

export function useCreateParticipant() {
  return useRegistrationMutation((body: CreateParticipantBody) =>
    api.post<ParticipantDetail>('/api/v1/participants', body),
  );
}
