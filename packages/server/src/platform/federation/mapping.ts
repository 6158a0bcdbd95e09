import type { Role } from '@helhed/core';

/** One row of the administrator's table: this group of this provider gives this role and team. */
export interface GroupMapping {
  planId: string;
  groupName: string;
  role: Exclude<Role, 'admin'>;
  teamId: string | null;
}

/** What a person's groups give them, or why they give nothing. */
export type MappingOutcome =
  | { kind: 'granted'; planId: string; role: Exclude<Role, 'admin'>; teamId: string | null }
  | { kind: 'refused'; reason: 'no-group' | 'several-plans' | 'several-roles' };

/**
 * The plan, role and team a person's groups give. Fails closed: no mapped group gives nothing;
 * groups that point at more than one plan, or at different roles or teams in one plan, give nothing
 * either (the administrator decides, not the order of the provider's list). Group names compare
 * exactly as the provider sends them.
 */
export function resolveGroups(mappings: readonly GroupMapping[], groups: readonly string[]): MappingOutcome {
  const held = new Set(groups);
  const matched = mappings.filter((m) => held.has(m.groupName));
  if (matched.length === 0) return { kind: 'refused', reason: 'no-group' };
  const plans = new Set(matched.map((m) => m.planId));
  if (plans.size > 1) return { kind: 'refused', reason: 'several-plans' };
  const grants = new Set(matched.map((m) => `${m.role}\u0000${m.teamId ?? ''}`));
  if (grants.size > 1) return { kind: 'refused', reason: 'several-roles' };
  const [first] = matched as [GroupMapping, ...GroupMapping[]];
  return { kind: 'granted', planId: first.planId, role: first.role, teamId: first.teamId };
}
