import { createInflateRaw } from 'node:zlib';
import { da } from '@helhed/core';
import { AppError } from '../http/errors.ts';
import { isStorableText } from '../http/request-text.ts';

// An import file (CSV or XLSX) is at most 10 MB on the wire (the route's body limit), but an XLSX
// is a zip: 10 MB can unpack to gigabytes, which ExcelJS (through JSZip) would hold in memory.
// Before ExcelJS sees a file, its central directory is read and every entry is inflated as a
// stream whose output is counted and thrown away: over 50 MB unpacked, or over 100,000 rows, and
// the file is refused. Memory stays at one inflate window. See decision 0019.
export const XLSX_MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
export const TABLE_MAX_ROWS = 100_000;
const MAX_ENTRIES = 10_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The zip is not one ExcelJS can read the way we counted it (zip64, encryption, bad offsets …). */
export class UnreadableZip extends Error {}

interface Entry {
  name: string;
  method: number;
  data: Buffer;
}

function centralDirectory(zip: Buffer): Entry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableZip('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff || count > MAX_ENTRIES)
    throw new UnreadableZip('zip64 or too many');
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) throw new UnreadableZip('bad central entry');
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    if (flags & 1 || (method !== 0 && method !== 8)) throw new UnreadableZip('encrypted or unknown method');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL)
      throw new UnreadableZip('bad local header');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (compressed === 0xffffffff || start + compressed > zip.length) throw new UnreadableZip('bad sizes');
    entries.push({ name, method, data: zip.subarray(start, start + compressed) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
const rowTags = (text: string) => text.match(ROW_TAG)?.length ?? 0;

/** Inflates one entry as a stream, counting bytes (and `<row` tags of a worksheet); stops past the budget. */
function inflateCounting(entry: Entry, budget: number, countRows: boolean) {
  return new Promise<{ bytes: number; rows: number }>((resolve, reject) => {
    let bytes = 0;
    let rows = 0;
    let tail = '';
    const onChunk = (chunk: Buffer) => {
      bytes += chunk.length;
      if (countRows) {
        // A tag cut off by the chunk boundary is carried into the next chunk; a counted one is not.
        const text = tail + chunk.toString('latin1');
        rows += rowTags(text);
        const rest = text.slice(Math.max(0, text.lastIndexOf('<')));
        tail = rest.startsWith('<') && rest.length < 40 && rowTags(rest) === 0 ? rest : '';
      }
    };
    if (entry.method === 0) {
      onChunk(entry.data);
      return resolve({ bytes, rows });
    }
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    inflate.on('data', (chunk: Buffer) => {
      onChunk(chunk);
      if (bytes > budget || rows > TABLE_MAX_ROWS) {
        inflate.destroy();
        resolve({ bytes, rows });
      }
    });
    inflate.on('end', () => resolve({ bytes, rows }));
    inflate.on('error', () => reject(new UnreadableZip('bad deflate data')));
    inflate.end(entry.data);
  });
}

/**
 * Refuses an XLSX that unpacks to more than 50 MB or holds more than 100,000 rows (413, in Danish),
 * and throws UnreadableZip for a file that is no plain zip; only then may ExcelJS load it.
 */
export async function assertXlsxWithinLimits(zip: Buffer): Promise<void> {
  const entries = centralDirectory(zip);
  let unpacked = 0;
  let rows = 0;
  for (const entry of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    const counted = await inflateCounting(entry, XLSX_MAX_UNPACKED_BYTES - unpacked, isSheet);
    unpacked += counted.bytes;
    rows += counted.rows;
    if (unpacked > XLSX_MAX_UNPACKED_BYTES) throw new AppError('IMPORT_UNPACKED_TOO_LARGE');
    if (rows > TABLE_MAX_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS');
  }
}

/** A CSV's text: no more than 100,000 lines, and nothing PostgreSQL cannot store. */
export function assertCsvWithinLimits(text: string): void {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= TABLE_MAX_ROWS; i = text.indexOf('\n', i + 1))
    lines++;
  if (lines > TABLE_MAX_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS');
  assertCellsStorable([{ row: 1, cells: [text] }]);
}

/** Every cell of a parsed table file is text PostgreSQL can store; else a 400 naming the row. */
export function assertCellsStorable(records: Array<{ row: number; cells: string[] }>): void {
  for (const record of records) {
    if (record.cells.some((cell) => !isStorableText(cell))) {
      throw new AppError('TEXT_UNSTORABLE', [
        { field: String(record.row), message: da.requestGuard.textUnstorableField },
      ]);
    }
  }
}
