import { da, fill } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { listScopeParticipantNames } from '../queries/imports.ts';
import { nameKey } from './import-rows.ts';
import { nameDistance, nameSimilarity } from './name-similarity.ts';
import { presentImportPerson } from './present-import.ts';

const t = da.imports.reasons;

type Person = Awaited<ReturnType<typeof listScopeParticipantNames>>[number];
export type Found = { id: string; label: string } | { reasons: string[] };

const SUGGESTED = 3;
const SIMILAR = 0.75;

/**
 * Finds the participant a row of an attendance or volunteer list names, among those the actor may
 * see: by name, and by birth year when the name is not enough. A name shown back (the one found,
 * or a suggestion for a misspelling) is a read of personal data and recorded as one.
 */
export async function participantFinder(db: Db, ctx: RequestContext) {
  const people = await listScopeParticipantNames(db, ctx.actor);
  const byName = new Map<string, Person[]>();
  for (const person of people) {
    if (person.display_name === null) continue;
    const key = nameKey(person.display_name);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const shown = (person: Person) => presentImportPerson(ctx, person);

  function suggestions(name: string, birthYear: number | undefined): string[] {
    return people
      .filter((p) => p.erased_at === null && p.display_name !== null)
      .filter((p) => birthYear === undefined || p.birth_year === null || p.birth_year === birthYear)
      .map((p) => ({
        p,
        score: nameSimilarity(name, p.display_name ?? ''),
        distance: nameDistance(name, p.display_name ?? ''),
      }))
      .filter((c) => c.score >= SIMILAR)
      .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.p.id < b.p.id ? -1 : 1))
      .slice(0, SUGGESTED)
      .map((c) => shown(c.p));
  }

  return (name: string, birthYear: number | undefined): Found => {
    const named = byName.get(nameKey(name)) ?? [];
    const matching = birthYear === undefined ? named : named.filter((p) => p.birth_year === birthYear);
    if (matching.length === 0) {
      const similar = suggestions(name, birthYear);
      const unknown = fill(t.participantUnknown, { name });
      if (similar.length === 0) return { reasons: [unknown] };
      return { reasons: [unknown, fill(t.didYouMean, { names: similar.join(', ') })] };
    }
    if (matching.length > 1) {
      return { reasons: [fill(t.participantAmbiguous, { count: matching.length, name })] };
    }
    const person = matching[0] as Person;
    if (person.erased_at !== null) return { reasons: [fill(t.participantErased, { name })] };
    return { id: person.id, label: shown(person) };
  };
}
