// `npm start`: builds the web app only when its sources changed since the last build, then starts
// the server through the compiled CLI (which builds itself when its own sources changed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from './fingerprint.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const WEB_SOURCES = [
  'packages/web/src',
  'packages/web/public',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/core/src',
  'package-lock.json',
];
const STAMP = path.join(ROOT, 'node_modules/.cache/helhed/web-build');

const current = fingerprint(ROOT, WEB_SOURCES);
const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : '';
if (current !== built || !existsSync(path.join(ROOT, 'packages/web/dist/index.html'))) {
  const result = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, current);
}

process.argv = [process.argv[0] ?? 'node', 'helhed', 'serve'];
await import('../packages/cli/bin/helhed.js');
