import { type Expression, type RawBuilder, sql } from 'kysely';

// Case-insensitive "contains" for names, the same whatever the database's locale. The embedded
// cluster and the test servers run with the C locale, where ILIKE and lower() fold only A–Z: a search
// for "øster" would not find "Østergaard". Both sides are folded by the same table instead.
const UPPER = 'ÆØÅÄÖÜÉÈÊÁÀÂÍÌÎÓÒÔÚÙÛÇŞĞÑ';
const LOWER = 'æøåäöüéèêáàâíìîóòôúùûçşğñ';

/** The search text folded as the database folds the column (ASCII lower case, then the table). */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const c of text) {
    const at = UPPER.indexOf(c);
    folded += at >= 0 ? LOWER[at] : c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  }
  return folded;
}

/** The text with LIKE's wildcards (and its escape character) escaped, to match literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** True where the column holds the text anywhere, whatever the case of either. */
export function containsFolded(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(foldForSearch(text))}%`;
  return sql<boolean>`translate(lower(${column}), ${UPPER}, ${LOWER}) like ${pattern}`;
}

/**
 * A text column in Danish alphabetical order (… x y z æ ø å, upper and lower case together), by the
 * ICU collation that Debian's PostgreSQL and the embedded one both carry; the C locale's byte order
 * would put "Åse" before "Ærø" and every lower-case name after every capital.
 */
export function danishOrder(column: string): RawBuilder<string> {
  return sql<string>`${sql.ref(column)} collate "da-x-icu"`;
}
