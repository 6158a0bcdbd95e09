import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { StaffHours } from '../types.ts';
import { planKeys } from './keys.ts';

export function getStaffHours(signal?: AbortSignal): Promise<StaffHours> {
  return api.get<StaffHours>('/api/v1/plan/staff-hours', undefined, signal);
}

export function useStaffHours() {
  return useQuery({ queryKey: planKeys.staffHours, queryFn: ({ signal }) => getStaffHours(signal) });
}
