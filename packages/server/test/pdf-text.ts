import { inflateSync } from 'node:zlib';

// WinAnsi differs from Latin-1 only in 0x80–0x9F; these are the ones our reports can contain.
const WIN_ANSI: Record<number, string> = {
  128: '€',
  133: '…',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
};

interface PdfObject {
  dictionary: string;
  stream?: string;
}

/**
 * The text of a PDF written by PDFKit, one line per text-showing operator, in drawing order
 * (page numbers and other artifacts included). Embedded fonts (Identity-H, two-byte glyph ids)
 * are decoded through their ToUnicode CMap; a font without one is read as a standard font in
 * WinAnsi. Enough to check that a downloaded report holds the numbers the screen shows; not a
 * general PDF parser. The reading order of a tagged PDF is read with pdf-structure.ts.
 */
export function pdfText(pdf: Buffer): string {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Not a PDF');
  const objects = pdfObjects(pdf);
  const fonts = fontMaps(objects);
  const lines: string[] = [];
  for (const object of objects.values()) {
    if (object.stream === undefined || object.dictionary.includes('/Subtype')) continue;
    let font: Map<number, string> | undefined;
    const operators = /\/([\w.+-]+)\s+[-\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g;
    for (const match of object.stream.matchAll(operators)) {
      if (match[1] !== undefined) {
        font = fonts.get(match[1]);
        continue;
      }
      const hexes = [...(match[2] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => hex[1] ?? '');
      lines.push(hexes.map((hex) => (font ? decodeGlyphs(hex, font) : decodeWinAnsi(hex))).join(''));
    }
  }
  return lines.join('\n');
}

/** Every numbered object, its stream inflated (PDFKit writes them with FlateDecode or plain). */
export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of raw.matchAll(/(\d+) 0 obj\r?\n([\s\S]*?)\r?\nendobj/g)) {
    const body = match[2] ?? '';
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body });
      continue;
    }
    const data = body.slice(body.indexOf('\n', streamAt) + 1).replace(/\r?\nendstream\s*$/, '');
    let stream: string;
    try {
      stream = inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
    } catch {
      stream = data;
    }
    objects.set(Number(match[1]), { dictionary: body.slice(0, streamAt), stream });
  }
  return objects;
}

/** Font resource name (F1, F2 …) → glyph id → text, for the fonts that have a ToUnicode CMap. */
function fontMaps(objects: Map<number, PdfObject>): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  for (const object of objects.values()) {
    for (const resources of object.dictionary.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const entry of (resources[1] ?? '').matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const font = objects.get(Number(entry[2]));
        const toUnicode = font?.dictionary.match(/\/ToUnicode (\d+) 0 R/)?.[1];
        const cmap = toUnicode === undefined ? undefined : objects.get(Number(toUnicode))?.stream;
        if (cmap !== undefined) maps.set(entry[1] ?? '', parseCmap(cmap));
      }
    }
  }
  return maps;
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const unicode = (hex: string) => {
    let text = '';
    for (let index = 0; index < hex.length; index += 4)
      text += String.fromCharCode(Number.parseInt(hex.slice(index, index + 4), 16));
    return text;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
      map.set(Number.parseInt(pair[1] ?? '', 16), unicode((pair[2] ?? '').replace(/\s/g, '')));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g;
    for (const range of (block[1] ?? '').matchAll(ranges)) {
      const first = Number.parseInt(range[1] ?? '', 16);
      const last = Number.parseInt(range[2] ?? '', 16);
      const target = range[3] ?? '';
      // A target may be several characters, written with spaces: <0066 0069> for the ligature "fi".
      const list = [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((hex) =>
        (hex[1] ?? '').replace(/\s/g, ''),
      );
      for (let code = first; code <= last; code++) {
        if (target.startsWith('[')) map.set(code, unicode(list[code - first] ?? ''));
        else {
          const start = Number.parseInt(list[0] ?? '', 16);
          map.set(code, String.fromCharCode(start + code - first));
        }
      }
    }
  }
  return map;
}

function decodeGlyphs(hex: string, font: Map<number, string>): string {
  let text = '';
  for (let index = 0; index < hex.length; index += 4)
    text += font.get(Number.parseInt(hex.slice(index, index + 4), 16)) ?? '\uFFFD';
  return text;
}

function decodeWinAnsi(hex: string): string {
  let text = '';
  for (let index = 0; index < hex.length; index += 2) {
    const code = Number.parseInt(hex.slice(index, index + 2), 16);
    text += WIN_ANSI[code] ?? String.fromCharCode(code);
  }
  return text;
}
