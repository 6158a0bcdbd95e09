// A cheap fingerprint of source trees: every file's path, size and modification time, hashed.
// Used to rebuild the compiled CLI and the web bundle only when their sources changed.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// Tests are not part of what is built: changing one rebuilds nothing. That includes the probe files
// module-walls.test.ts writes into a module for a moment: counted, they gave a CLI started meanwhile
// another fingerprint (a rebuild that removed the bundle other processes were running from), or
// made it fail when a probe vanished between listing and stat.
const SKIPPED = new Set(['node_modules', 'dist', '.generated', 'e2e', 'tests', 'test']);
const isTestFile = (name) => name.endsWith('.test.ts') || name.endsWith('.lint-probe.ts');

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && !isTestFile(entry.name)) out.push(full);
  }
}

/** The fingerprint of the files below `roots` (files or folders), relative to `base`. */
export function fingerprint(base, roots) {
  const files = [];
  for (const root of roots) {
    const full = path.join(base, root);
    if (statSync(full).isDirectory()) walk(full, files);
    else files.push(full);
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(base, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
