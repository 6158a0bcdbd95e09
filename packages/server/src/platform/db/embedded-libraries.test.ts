import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ensureLibrarySymlinks } from './embedded-libraries.ts';

it('recreates the library version links the package lists, once', async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'helhed-libs-'));
  try {
    await fs.mkdir(path.join(root, 'native/bin'), { recursive: true });
    await fs.mkdir(path.join(root, 'native/lib'));
    await fs.writeFile(path.join(root, 'native/lib/libx.so.6.2'), 'library');
    await fs.writeFile(
      path.join(root, 'native/pg-symlinks.json'),
      JSON.stringify([
        { source: 'native/lib/libx.so.6.2', target: 'native/lib/libx.so.6' },
        { source: 'native/lib/libx.so.6.2', target: 'native/lib/libx.so' },
      ]),
    );
    const postgres = path.join(root, 'native/bin/postgres');
    expect(await ensureLibrarySymlinks(postgres)).toBe(2);
    expect(await fs.readlink(path.join(root, 'native/lib/libx.so.6'))).toBe('libx.so.6.2');
    expect(await fs.readFile(path.join(root, 'native/lib/libx.so'), 'utf8')).toBe('library');
    expect(await ensureLibrarySymlinks(postgres)).toBe(0);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});
