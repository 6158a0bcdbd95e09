import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNames, nameWords } from '../service/name-guard.ts';

// The name check before a leader publishes an evaluation (decision 0018): whole words, Danish
// case-insensitive, Danish letters are letters, a genitive -s counts, initials are not names.
describe('findNames', () => {
  const names = nameWords(['Fatima Østergård', 'Amina H.', 'Anne-Marie Ærø', 'Åse']);

  it('finds first and last names in any case, with Danish letters and the genitive -s', () => {
    expect(findNames('fatima og ØSTERGÅRD kom. Fatimas mor og åse.', names)).toEqual([
      'fatima',
      'ØSTERGÅRD',
      'Fatimas',
      'åse',
    ]);
    expect(findNames('Marie, Anne og ærø', names)).toEqual(['Marie', 'Anne', 'ærø']);
  });

  it('matches whole words only and ignores initials', () => {
    expect(findNames('Fatimaerne, Østergårdsvej, Aminah, H. og aseptisk', names)).toEqual([]);
    expect(findNames('Hun hedder H', names)).toEqual([]);
  });

  it('finds every name word put anywhere between other words (property, fixed seed)', () => {
    const word = fc.stringMatching(/^[a-zæøå]{2,10}$/);
    fc.assert(
      fc.property(
        word,
        fc.array(fc.constantFrom('Vi', 'mødtes', 'i', 'huset', '12', '-', ','), { maxLength: 8 }),
        (name, filler) => {
          const text = [...filler, name.toLocaleUpperCase('da-DK'), ...filler].join(' ');
          expect(findNames(text, nameWords([name])).map((w) => w.toLocaleLowerCase('da-DK'))).toContain(name);
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
