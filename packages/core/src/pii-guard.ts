/**
 * Looks for personal data in free text before it enters the knowledge base. A CPR number
 * (ddmmyy-xxxx, with or without the hyphen, and a real calendar date) is refused; an e-mail
 * address or a Danish phone number gives a warning that the writer must confirm.
 * Pure: used by the web editor as you type and by the server before it saves.
 */
export interface PiiFindings {
  cpr: string[];
  emails: string[];
  phones: string[];
}

const CPR = /(?<![\d.,-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d.,]\d|\d)/g;
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

export function findPersonalData(text: string): PiiFindings {
  const cpr: string[] = [];
  let rest = text;
  for (const match of text.matchAll(CPR)) {
    const [whole, dd, mm, yy] = match;
    if (isCprDate(Number(dd), Number(mm), Number(yy))) {
      cpr.push(whole);
      rest = rest.replace(whole, ' ');
    }
  }
  const emails = [...rest.matchAll(EMAIL)].map((m) => m[0]);
  for (const email of emails) rest = rest.replace(email, ' ');
  const phones = [...rest.matchAll(PHONE)].map((m) => m[0]);
  return { cpr, emails, phones };
}

export function hasPersonalDataWarnings(findings: PiiFindings): boolean {
  return findings.emails.length > 0 || findings.phones.length > 0;
}
