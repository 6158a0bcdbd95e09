import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, isCprDate } from './pii-guard.ts';

const two = (n: number) => String(n).padStart(2, '0');
const validDate = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 0, max: 99 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ day, month, yy }) => isCprDate(day, month, yy));
const serial = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
const words = fc.array(
  fc.constantFrom('Forløbet', 'gik', 'godt', 'med', 'fritidsjob', 'i', '2016-2020', '46.000.000', 'kr.'),
  {
    maxLength: 8,
  },
);

describe('personal data guard', () => {
  it('finds a CPR number with or without the hyphen, anywhere in the text', () => {
    fc.assert(
      fc.property(
        validDate,
        serial,
        fc.boolean(),
        words,
        words,
        ({ day, month, yy }, s, hyphen, before, after) => {
          const cpr = `${two(day)}${two(month)}${two(yy)}${hyphen ? '-' : ''}${s}`;
          const text = [...before, cpr, ...after].join(' ');
          expect(findPersonalData(text).cpr).toEqual([cpr]);
        },
      ),
    );
  });

  it('does not take an impossible date for a CPR number', () => {
    expect(findPersonalData('Sag 320199-1234 og 311199-1234 og 300299-1234 og 311299-1234').cpr).toEqual([
      '311299-1234',
    ]);
    expect(isCprDate(29, 2, 0)).toBe(true);
    expect(isCprDate(29, 2, 1)).toBe(false);
    expect(isCprDate(31, 4, 50)).toBe(false);
  });

  it('warns about e-mail addresses and Danish phone numbers, not about years and amounts', () => {
    const found = findPersonalData(
      'Skriv til mette.hansen@example.dk eller ring +45 12 34 56 78 / 87654321.',
    );
    expect(found.cpr).toEqual([]);
    expect(found.emails).toEqual(['mette.hansen@example.dk']);
    expect(found.phones).toEqual(['+45 12 34 56 78', '87654321']);
    expect(findPersonalData('Planen 2016-2020 kostede 46.000.000 kr., heraf 35.000.000 kr.')).toEqual({
      cpr: [],
      emails: [],
      phones: [],
    });
  });

  it('property: text of ordinary words and figures has no findings', () => {
    fc.assert(
      fc.property(words, (w) => {
        expect(findPersonalData(w.join(' '))).toEqual({ cpr: [], emails: [], phones: [] });
      }),
    );
  });
});
