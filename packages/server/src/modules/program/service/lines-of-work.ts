/**
 * A line of work: activities of different plans joined by continuation links (fritids- og
 * studiejobrådgivning 2016-2020 → fritidsjobrådgivning 2024-2028). Pure: union–find over the links.
 */
export interface ContinuationEdge {
  activityId: string;
  previousActivityId: string;
}

/** Maps each linked activity to the ids of every activity in its line, itself included. */
export function linesOfWork(edges: readonly ContinuationEdge[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const edge of edges) {
    for (const id of [edge.activityId, edge.previousActivityId]) if (!parent.has(id)) parent.set(id, id);
    const [a, b] = [find(edge.activityId), find(edge.previousActivityId)];
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const result = new Map<string, string[]>();
  for (const members of groups.values()) for (const id of members) result.set(id, members);
  return result;
}
