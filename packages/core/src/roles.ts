/**
 * The roles of a plan's users. `reader` is the board and partners: aggregates only.
 * `program_reader` (e.g. a member of Økonomiudvalget) reads the program above the plans: aggregates only.
 */
export const ROLES = ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Narrows a stored role; the database's check constraint makes a miss a bug, not bad input. */
export function toRole(value: string): Role {
  if (!isRole(value)) throw new Error(`Unknown role: ${value}`);
  return value;
}
