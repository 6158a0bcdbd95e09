import type { Migration } from 'kysely';
import * as platform from './0001-platform.ts';

// The ordered list of migrations. Names sort in the order they must run; never rename or edit
// a migration that has shipped: add a new one.
export const migrations: Record<string, Migration> = {
  '0001-platform': platform,
};
