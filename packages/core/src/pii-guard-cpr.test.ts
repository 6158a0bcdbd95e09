import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCpr, findCpr, findPersonalData, isCprDate } from './pii-guard.ts';

// Fixed seed so a failure can be replayed; fast-check prints the seed and the counterexample
// when a property fails. Set HELHED_PROPERTY_SEED to explore other inputs.
// The seed comes from packages/server/test/property-seed.ts (HELHED_PROPERTY_SEED).
const runs = { numRuns: 500 };

const FULL_WIDTH_ZERO = 0xff10;
const MATH_BOLD_ZERO = 0x1d7ce; // outside the BMP: two UTF-16 units that NFKC makes one
const two = (n: number) => String(n).padStart(2, '0');
const validDate = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 0, max: 99 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ day, month, yy }) => isCprDate(day, month, yy));
const serial = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
/** Each digit ASCII, full-width or mathematical bold, chosen one by one. */
const widths = fc.array(fc.constantFrom(0, 1, 2), { minLength: 10, maxLength: 10 });
const widen = (digits: string, wide: number[]) =>
  [...digits].map((d, i) =>
    wide[i] === 0 ? d : String.fromCodePoint((wide[i] === 1 ? FULL_WIDTH_ZERO : MATH_BOLD_ZERO) + Number(d)),
  );

const dateSeparator = fc.constantFrom('', '', '.', '-', ' ', '/', '\u00a0', '\u2013', '．', '－');
const serialSeparator = fc.constantFrom(
  '',
  '-',
  ' ',
  '.',
  '/',
  '\u2013', // en dash
  '\u2014', // em dash
  '\u2011', // non-breaking hyphen
  '\u2212', // minus sign
  '\u00a0', // no-break space
  '\u2009', // thin space
  '\u202f', // narrow no-break space
  '\u3000', // ideographic space
  '－', // full-width hyphen-minus
  ' - ',
  '\u00ad', // soft hyphen, invisible
  '\u200b', // zero-width space, invisible
);
const words = fc.array(
  fc.constantFrom('Hændelse', 've\u200bd', 'ﬁnt', 'B,', 'kl.', '14.30', '2016-2020', '46.000.000', 'kr.'),
  { maxLength: 6 },
);

/** A CPR number in one of its many spellings. */
const spelledCpr = fc
  .record({ date: validDate, s: serial, wide: widths, inDate: dateSeparator, between: serialSeparator })
  .map(({ date, s, wide, inDate, between }) => {
    const d = widen(`${two(date.day)}${two(date.month)}${two(date.yy)}${s}`, wide);
    const [d0, d1, m0, m1, y0, y1, ...rest] = d;
    return `${d0}${d1}${inDate}${m0}${m1}${inDate}${y0}${y1}${between}${rest.join('')}`;
  });

describe('CPR numbers in every spelling', () => {
  it.each([
    ['dots in the date, dash before the serial', '01.02.03-1234'],
    ['space before the serial', '010203 1234'],
    ['en dash', '010203–1234'],
    ['em dash', '010203—1234'],
    ['full-width digits and hyphen', '０１０２０３－１２３４'],
    ['no-break space', '010203\u00a01234'],
    ['thin space', '010203\u20091234'],
    ['dot before the serial', '010203.1234'],
    ['no separator', '0102031234'],
    ['spaces everywhere', '01 02 03 1234'],
    ['dashes everywhere', '01-02-03-1234'],
    ['spaced dash', '01.02.03 - 1234'],
    ['a line break before the serial', '010203\n1234'],
    ['zero-width space inside the date', '0102\u200b03-1234'],
    ['29 February in a leap year', '290200-1234'],
    ['mathematical digits', '𝟎𝟏𝟎𝟐𝟎𝟑-𝟏𝟐𝟑𝟒'],
  ])('finds %s: %s', (_name, cpr) => {
    expect(findCpr(`Beboer med cpr ${cpr} set ved blok B.`)).toEqual([cpr]);
    expect(findPersonalData(`cpr.nr.${cpr}`).cpr).toEqual([cpr]);
    expect(containsCpr(cpr)).toBe(true);
  });

  it.each([
    ['a plain date with a four-digit year', 'Mødet 01.02.2003 blev aflyst.'],
    ['an ISO date', 'Dato 2003-02-01, kl. 14.30'],
    ['a date range', '01.02.03-04.05.06'],
    ['a date and a clock time', '01.02.2003 14:30'],
    ['a phone number', 'Ring +45 12 34 56 78 eller 1234 5678 eller 12-34-56-78.'],
    ['an impossible date', '320199-1234 311199-1234 300299-1234 310403-1234'],
    ['29 February outside a leap year', '290201-1234'],
    ['the tail of a longer digit run', '12-01-02-03-1234 og 1.010203-1234 og 5010203-1234'],
    ['a longer serial', '010203-12345 og 010203-1234-5'],
    ['amounts', 'Planen kostede 46.000.000 kr., heraf 35.000.000 kr.'],
  ])('does not take %s for a CPR number', (_name, text) => {
    expect(findCpr(text)).toEqual([]);
  });

  it('returns the original spelling, so the writer sees what to remove', () => {
    const found = findPersonalData('Se ０１０２０３－１２３４ og mail a@b.dk');
    expect(found).toEqual({ cpr: ['０１０２０３－１２３４'], emails: ['a@b.dk'], phones: [] });
    // Characters that change length under NFKC before and inside the number keep the offsets right.
    expect(findCpr('ﬁnt\u200b ﬃ 𝟎𝟏0203\u00ad-1234 ﬁ og 311299 1234.')).toEqual([
      '𝟎𝟏0203\u00ad-1234',
      '311299 1234',
    ]);
  });

  it('property: a valid CPR with any separators and digit widths is found, anywhere in the text', () => {
    fc.assert(
      fc.property(spelledCpr, words, words, (cpr, before, after) => {
        const text = [...before, cpr, ...after].join(' ');
        expect(findPersonalData(text).cpr).toEqual([cpr]);
      }),
      runs,
    );
  });

  it('property: ordinary dates with a four-digit year and phone numbers are not CPR numbers', () => {
    const year = fc.integer({ min: 1900, max: 2099 });
    const digits8 = fc.integer({ min: 10_000_000, max: 99_999_999 }).map(String);
    const phone = fc.tuple(digits8, fc.constantFrom('', '+45 ', '0045')).map(([n, prefix]) => {
      const pairs = n.match(/../g) as string[];
      return `${prefix}${[n, pairs.join(' '), `${n.slice(0, 4)} ${n.slice(4)}`, pairs.join('-')][Number(n[7]) % 4]}`;
    });
    fc.assert(
      fc.property(validDate, year, dateSeparator, phone, words, (date, y, sep, tel, w) => {
        const day = `${two(date.day)}${sep}${two(date.month)}${sep}${y}`;
        expect(findCpr([...w, day, tel, ...w].join(' '))).toEqual([]);
      }),
      runs,
    );
  });
});
