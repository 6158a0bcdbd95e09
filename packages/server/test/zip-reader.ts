import { crc32, inflateRawSync } from 'node:zlib';

// Reads a ZIP the way an unzip program does, from its central directory, for the tests of the
// downloads that bundle files (the LBF document set). Checks every entry's CRC-32 and sizes.

export interface UnzippedFile {
  name: string;
  content: Buffer;
  /** The general purpose flags: bit 11 says the name is UTF-8. */
  flags: number;
}

export function readZip(zip: Buffer): UnzippedFile[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: UnzippedFile[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central entry ${n}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header of ${name}`);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + packed);
    const content = method === 8 ? inflateRawSync(data) : method === 0 ? Buffer.from(data) : null;
    if (!content) throw new Error(`${name}: unknown method ${method}`);
    if (content.length !== size) throw new Error(`${name}: size ${content.length}, header says ${size}`);
    if (crc32(content) !== crc) throw new Error(`${name}: CRC-32 does not match`);
    files.push({ name, content, flags });
    at += 46 + skip;
  }
  return files;
}
