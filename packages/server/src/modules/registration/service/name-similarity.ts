// How alike two residents' names are, for "is this the same person?" when a worker registers someone.
// Names in these areas are written many ways (Mohammed, Muhammad; Søren, Soeren; "Amina H."), so the
// comparison folds case and Danish letters, and accepts an initial for a whole later name.

const SPELLED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue' };

/** The name's words, lower case, Danish letters spelled out, accents and punctuation dropped. */
export function nameWords(name: string): string[] {
  const spelled = name
    .toLowerCase()
    .replace(/[æøåäöü]/g, (c) => SPELLED[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return spelled.split(/[^a-z]+/).filter((word) => word.length > 0);
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice's coefficient over letter pairs: 1 for the same text, 0 for nothing in common. */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Same first name, and every later word of the shorter name starts a later word of the other. */
function initialsAgree(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || short[0] !== long[0]) return false;
  return short.slice(1).every((word) => long.slice(1).some((other) => other.startsWith(word)));
}

/** A word's first letter and its consonants, doubles as one: Mohammed and Muhammad are both "mhmd". */
function skeleton(word: string): string {
  return (word[0] + word.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
}

/**
 * 0–1: the best of the names' letter pairs as written and with the words in alphabetical order (a
 * family name written first); 0.9 where one name gives initials for the other's later names; 0.8
 * where the words differ only in their vowels (one name transliterated two ways).
 */
export function nameSimilarity(a: string, b: string): number {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return 0;
  const asWritten = dice(x.join(''), y.join(''));
  const sorted = dice([...x].sort().join(''), [...y].sort().join(''));
  const sameSounds = x.map(skeleton).join(' ') === y.map(skeleton).join(' ');
  return Math.max(asWritten, sorted, initialsAgree(x, y) ? 0.9 : 0, sameSounds ? 0.8 : 0);
}

/**
 * How many single-letter edits turn one name into the other (after the same folding as the words):
 * breaks ties between equally similar names, so "Deltagr 42" suggests "Deltager 42" before "Deltager 41".
 */
export function nameDistance(a: string, b: string): number {
  const x = nameWords(a).join(' ');
  const y = nameWords(b).join(' ');
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}
