import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A small ZIP writer for downloads that bundle files (the LBF document set, issue 23): deflate where
 * it helps, else stored; UTF-8 names (general purpose bit 11); no ZIP64, so the whole archive and
 * every file stay under 4 GB (a plan's documents are at most a few times 10 MB). Every ZIP program
 * and Windows' own Explorer read it. Built in memory: the set is small.
 */
export interface ZipFile {
  name: string;
  content: Buffer;
}

const MAX = 0xffff_ffff;

/** The time and date fields of a ZIP entry (MS-DOS format), as the wall clock reads in Denmark. */
function dosDateTime(when: Date): { time: number; date: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(when)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const year = Math.max(1980, parts.year ?? 1980);
  return {
    time: ((parts.hour ?? 0) << 11) | ((parts.minute ?? 0) << 5) | Math.floor((parts.second ?? 0) / 2),
    date: ((year - 1980) << 9) | ((parts.month ?? 1) << 5) | (parts.day ?? 1),
  };
}

export function createZip(files: readonly ZipFile[], when: Date = new Date()): Buffer {
  const { time, date } = dosDateTime(when);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`two files named ${file.name} in one ZIP`);
    names.add(file.name);
    const name = Buffer.from(file.name, 'utf8');
    const deflated = deflateRawSync(file.content);
    const stored = deflated.length >= file.content.length;
    const data = stored ? file.content : deflated;
    if (file.content.length > MAX || offset > MAX) throw new Error('ZIP64 is not supported');
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0); // version needed to extract: 2.0
    fields.writeUInt16LE(0x0800, 2); // the name is UTF-8
    fields.writeUInt16LE(stored ? 0 : 8, 4);
    fields.writeUInt16LE(time, 6);
    fields.writeUInt16LE(date, 8);
    fields.writeUInt32LE(crc32(file.content), 10);
    fields.writeUInt32LE(data.length, 14);
    fields.writeUInt32LE(file.content.length, 18);
    fields.writeUInt16LE(name.length, 22);
    fields.writeUInt16LE(0, 24); // no extra field
    const local = Buffer.concat([signature(0x04034b50), fields, name]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    fields.copy(central, 6, 0, 26);
    // comment length, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    locals.push(local, data);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function signature(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}
