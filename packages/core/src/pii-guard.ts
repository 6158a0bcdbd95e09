/**
 * Looks for personal data in free text before Helhed stores it. A CPR number (a real calendar
 * date ddmmyy and a four-digit serial) is refused whatever its spelling: no separator, a space,
 * dot, slash, hyphen, en or em dash, no-break or thin space, separators inside the date too
 * (01.02.03-1234), full-width digits (NFKC) and invisible format characters between the digits.
 * An e-mail address or a Danish phone number gives a warning that the writer must confirm.
 * Pure: used by the web editor as you type and by the server before it saves.
 */
export interface PiiFindings {
  cpr: string[];
  emails: string[];
  phones: string[];
}

// Separators after NFKC (which turns NBSP, thin and ideographic spaces into ' ' and full-width
// '－', '．', '／' into ASCII): hyphen-minus, dot, slash, space, the Unicode hyphens and dashes
// U+2010–U+2015 (en and em dash among them) and the minus sign.
const SEP = '[-./ \\u2010-\\u2015\\u2212]';
// Around the separator before the serial: up to two spaces, tabs or line breaks ("010203 - 1234",
// a number broken over two lines).
const GAP = '[ \\t\\r\\n]{0,2}';
// Not inside a longer number: no digit right before, and no digit-then-separator (so the tail of
// "12-01-02-03-1234" or a figure like "1.010203-1234" is not taken); the same after the serial.
const CPR = new RegExp(
  `(?<!\\p{Nd})(?<!\\p{Nd}[.,\\-/\\u2010-\\u2015\\u2212])` +
    `([0-9]{2})(${SEP}?)([0-9]{2})\\2([0-9]{2})${GAP}${SEP}?${GAP}([0-9]{4})` +
    `(?![.,\\-/\\u2010-\\u2015\\u2212]?\\p{Nd})`,
  'gu',
);
const FORMAT_CHARACTER = /^\p{Cf}$/u;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE =
  /(?<![\d.,+-])(?:(?:\+|00)45[ ]?)?(?:\d{8}|\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4}|\d{2}-\d{2}-\d{2}-\d{2})(?![\d]|[.,]\d)/g;

/** True when day and month form a real date in some year ending in yy (29 February included). */
export function isCprDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leapPossible = yy % 4 === 0;
  const days = [31, leapPossible ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/** A code point whose NFKC form (or removal) has another length than the original. */
interface Shift {
  normStart: number;
  normEnd: number;
  origStart: number;
  origEnd: number;
}

/**
 * The text in NFKC, one code point at a time, with format characters (soft hyphen, zero-width
 * space, direction marks) dropped. Where a code point changes length a shift is kept, so a match
 * in the normalised text can be reported in the writer's own spelling. ASCII is skipped fast.
 */
function normalise(text: string): { value: string; shifts: Shift[] } {
  const parts: string[] = [];
  const shifts: Shift[] = [];
  let orig = 0;
  let norm = 0;
  for (const point of text) {
    const mapped =
      point.charCodeAt(0) < 0x80 ? point : FORMAT_CHARACTER.test(point) ? '' : point.normalize('NFKC');
    if (mapped.length !== point.length) {
      shifts.push({
        normStart: norm,
        normEnd: norm + mapped.length,
        origStart: orig,
        origEnd: orig + point.length,
      });
    }
    parts.push(mapped);
    orig += point.length;
    norm += mapped.length;
  }
  return { value: parts.join(''), shifts };
}

/** The original offset of normalised offset n; `end` maps an exclusive end, not a start. */
function originalOffset(shifts: Shift[], n: number, end: boolean): number {
  const unit = end ? n - 1 : n;
  let last: Shift | undefined;
  for (const shift of shifts) {
    if (shift.normStart > unit) break;
    last = shift;
  }
  if (!last) return n;
  if (unit < last.normEnd) return end ? last.origEnd : last.origStart;
  return last.origEnd + (n - last.normEnd);
}

/** Every CPR number in the text, each as the writer spelled it. */
export function findCpr(text: string): string[] {
  const { value, shifts } = normalise(text);
  const found: string[] = [];
  for (const match of value.matchAll(CPR)) {
    const [whole, dd, , mm, yy] = match;
    if (!isCprDate(Number(dd), Number(mm), Number(yy))) continue;
    const start = originalOffset(shifts, match.index, false);
    const end = originalOffset(shifts, match.index + whole.length, true);
    found.push(text.slice(start, end));
  }
  return found;
}

export function containsCpr(text: string): boolean {
  return findCpr(text).length > 0;
}

export function findPersonalData(text: string): PiiFindings {
  const cpr = findCpr(text);
  let rest = text;
  for (const whole of cpr) rest = rest.replace(whole, ' ');
  const emails = [...rest.matchAll(EMAIL)].map((m) => m[0]);
  for (const email of emails) rest = rest.replace(email, ' ');
  const phones = [...rest.matchAll(PHONE)].map((m) => m[0]);
  return { cpr, emails, phones };
}

export function hasPersonalDataWarnings(findings: PiiFindings): boolean {
  return findings.emails.length > 0 || findings.phones.length > 0;
}
