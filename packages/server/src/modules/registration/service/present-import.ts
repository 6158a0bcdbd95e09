import type { RequestContext } from '../../../platform/access/request-context.ts';

/** "Navn (1987)", or the name alone when the year is unknown. */
export function personLabel(name: string, birthYear: number | null | undefined): string {
  return birthYear ? `${name} (${birthYear})` : name;
}

/**
 * A participant an import row names, found or suggested, as the row's report shows them: a read of
 * personal data, recorded as one (also in a dry run, which saves nothing else).
 */
export function presentImportPerson(
  ctx: RequestContext,
  person: { id: string; display_name: string | null; birth_year: number | null },
): string {
  ctx.audit.read('participant', person.id, 'casework');
  return personLabel(person.display_name ?? '', person.birth_year);
}
