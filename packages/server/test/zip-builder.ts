import { constants, deflateRawSync } from 'node:zlib';

// Zip files built by hand for the import limits' tests: a honest one, and bombs whose headers lie.

export interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8) or the stored bytes (method 0). */
  data: Buffer;
  method: 0 | 8;
  /** What the headers claim the entry unpacks to; a bomb claims little. */
  declaredSize: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const common = [
      u16(entry.method),
      u16(0),
      u16(0x21),
      u32(0),
      u32(entry.data.length),
      u32(entry.declaredSize),
    ];
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(0),
      ...common,
      u16(name.length),
      u16(0),
      name,
    ]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(0),
        ...common,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}

/**
 * Raw deflate data that unpacks to `megabytes` MB of zeros, built in milliseconds: one sync-flushed
 * (not final) deflate of 1 MB, repeated, then an empty final block. About 1 KB per MB.
 */
export function deflatedZeros(megabytes: number): Buffer {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => segment), Buffer.from([0x03, 0x00])]);
}

/** A worksheet's XML with `rows` empty rows, deflated. */
export function deflatedSheet(rows: number): Buffer {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"/>`).join('');
  const xml = `<?xml version="1.0"?><worksheet><sheetData>${body}</sheetData></worksheet>`;
  return deflateRawSync(Buffer.from(xml));
}

/** A zip whose one worksheet unpacks to `megabytes` MB, while its headers claim 1 KB. */
export function zipBomb(megabytes: number): Buffer {
  return buildZip([
    { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(megabytes), method: 8, declaredSize: 1024 },
  ]);
}
