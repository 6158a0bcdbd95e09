/** Query keys of genhusning; every change invalidates the whole ['rehousing'] tree. */
export const rehousingKeys = {
  all: ['rehousing'] as const,
  phases: ['rehousing', 'phases'] as const,
  status: (phaseId: string, date: string) => ['rehousing', 'status', phaseId, date] as const,
  households: (query: Record<string, string | number>) => ['rehousing', 'households', query] as const,
  household: (id: string) => ['rehousing', 'household', id] as const,
  letter: (householdId: string, offerId: string) => ['rehousing', 'letter', householdId, offerId] as const,
  template: ['rehousing', 'template'] as const,
};

export const REHOUSING_PATH = '/api/v1/rehousing';

/** The path of one household. */
export const householdPath = (id: string) => `${REHOUSING_PATH}/households/${encodeURIComponent(id)}`;

/** A request body of a form that appends something: the fields and the client key of the form. */
export type AppendBody = { clientKey: string } & Record<string, unknown>;
