export function buildWebIfStale(): number;
