import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { pdfObjects } from './pdf-text.ts';

/**
 * The accessibility checks every PDF Helhed makes must pass (decision 0028), with poppler's own
 * tools: pdfinfo (Tagged, title, the structure tree with each element's text in reading order)
 * and pdffonts (every font embedded). A missing tool fails the test; it never skips.
 */
export function poppler(tool: 'pdfinfo' | 'pdffonts', args: string[], pdf: Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'helhed-pdf-'));
  const file = path.join(folder, 'check.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync(tool, [...args, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        `${tool} was not found: the PDF checks need poppler-utils (sudo apt-get install -y poppler-utils)`,
      );
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of poppler('pdfinfo', [], pdf).split('\n')) {
    const match = line.match(/^([^:]+):\s*(.*)$/);
    if (match) fields[match[1] ?? ''] = match[2] ?? '';
  }
  return fields;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(pdf: Buffer): FontRow[] {
  const lines = poppler('pdffonts', [], pdf).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, then the type (words), encoding, emb, sub, uni, object id: the last six are single words.
    const words = line.trim().split(/\s+/);
    const [emb] = words.slice(-5);
    const type = line.slice(37, 55).trim();
    return { name: words[0] ?? '', type, embedded: emb === 'yes' };
  });
}

/**
 * The structure tree in reading order as a screen reader meets it: one entry per element that
 * holds content, "TYPE text" (pdfinfo -struct-text); a Figure reads as "Figure ALT", its
 * alternative text taken from the element itself (pdfinfo does not print it).
 */
export function readingOrder(pdf: Buffer): string[] {
  const entries: { type: string; text: string }[] = [];
  let open: { type: string; text: string } | undefined;
  for (const line of poppler('pdfinfo', ['-struct-text'], pdf).split('\n')) {
    const trimmed = line.trim();
    if (open?.text.startsWith('"') && !/[^\\]"$/.test(open.text)) {
      open.text += `\n${line}`;
    } else if (trimmed.startsWith('"')) {
      if (open) open.text = trimmed;
    } else if (trimmed !== '' && !trimmed.startsWith('/')) {
      open = { type: trimmed.split(/[\s:]/)[0] ?? '', text: '' };
      entries.push(open);
    }
  }
  const alts = figureAlts(pdf);
  return entries
    .filter((entry) => entry.text !== '' || entry.type === 'Figure')
    .map((entry) => {
      const text = entry.type === 'Figure' ? (alts.shift() ?? '(no Alt)') : entry.text.slice(1, -1);
      return `${entry.type} ${text}`;
    });
}

/** The Alt of each Figure element, in structure-tree order (depth first from the StructTreeRoot). */
function figureAlts(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const root = [...objects.values()].find((object) => object.dictionary.includes('/Type /StructTreeRoot'));
  const alts: string[] = [];
  const visit = (dictionary: string) => {
    if (/\/S \/Figure\b/.test(dictionary)) alts.push(literal(dictionary, '/Alt') ?? '');
    const kids = dictionary.match(/\/K\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '';
    for (const ref of kids.matchAll(/(\d+) 0 R/g)) {
      const child = objects.get(Number(ref[1]));
      if (child && /\/S \//.test(child.dictionary)) visit(child.dictionary);
    }
  };
  if (root) visit(root.dictionary);
  return alts;
}

/** A PDF literal string value of `key`, UTF-16BE (with its byte order mark) or PDFDocEncoding. */
function literal(dictionary: string, key: string): string | undefined {
  const start = dictionary.indexOf(`${key} (`);
  if (start < 0) return undefined;
  let bytes = '';
  let depth = 1;
  for (let index = start + key.length + 2; index < dictionary.length; index++) {
    let char = dictionary[index] ?? '';
    if (char === '\\') {
      const next = dictionary[++index] ?? '';
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
      if (/[0-7]/.test(next)) {
        const octal = dictionary.slice(index, index + 3).match(/^[0-7]{1,3}/)?.[0] ?? next;
        index += octal.length - 1;
        char = String.fromCharCode(Number.parseInt(octal, 8));
      } else char = escapes[next] ?? next;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) break;
    bytes += char;
  }
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  return bytes;
}

/**
 * Tagged, titled, in Danish, every font embedded and none of the standard 14, and `expected`
 * found in this order in the reading order (each a prefix of an entry, such as "TH Aktivitet").
 */
export function expectAccessiblePdf(pdf: Buffer, title: string, expected: string[]): string[] {
  const info = pdfInfo(pdf);
  expect(info.Tagged, 'pdfinfo Tagged').toBe('yes');
  expect(info.Title).toBe(title);
  const fonts = pdfFonts(pdf);
  expect(fonts.length, 'pdffonts lists the fonts').toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.embedded, `${font.name} embedded`).toBe(true);
    expect(font.type, `${font.name} is not a standard Type 1 font`).not.toBe('Type 1');
  }
  expect(pdf.toString('latin1')).toMatch(/\/Lang \(da-DK\)/);
  const order = readingOrder(pdf);
  let from = 0;
  for (const item of expected) {
    const at = order.findIndex((entry, index) => index >= from && entry.startsWith(item));
    expect(
      at,
      `"${item}" after entry ${from} in the reading order:\n${order.join('\n')}`,
    ).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
  return order;
}
