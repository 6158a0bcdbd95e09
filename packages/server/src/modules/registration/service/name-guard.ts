/**
 * Finds the plan's participants' names in a text before a leader publishes it (decision 0018).
 * Names and text are split into words of letters (Danish æ, ø, å and every other letter count;
 * digits, hyphens and punctuation separate words), compared case-insensitively in Danish, whole
 * word only, and a Danish genitive -s counts ("Fatimas" is Fatima). Words of one letter (an
 * initial such as "H.") are not names on their own. Returns each match once, as written in the text.
 */
const WORD = /[\p{L}\p{M}]+/gu;

function words(text: string): string[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((m) => m[0]);
}

function fold(word: string): string {
  return word.toLocaleLowerCase('da-DK');
}

/** The distinct name words of the participants' display names, folded; one-letter words dropped. */
export function nameWords(displayNames: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of displayNames) {
    for (const word of words(name)) if (word.length >= 2) out.add(fold(word));
  }
  return out;
}

export function findNames(text: string, names: ReadonlySet<string>): string[] {
  const found = new Map<string, string>();
  for (const word of words(text)) {
    const folded = fold(word);
    const stem = folded.endsWith('s') ? folded.slice(0, -1) : null;
    const name = names.has(folded) ? folded : stem && names.has(stem) ? stem : null;
    if (name && !found.has(folded)) found.set(folded, word);
  }
  return [...found.values()];
}
