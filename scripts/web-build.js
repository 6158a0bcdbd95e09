// Builds the web app (`npm run build:web`) only when its sources changed since the last build or
// there is no build. Used by `npm start` and by `npm run bench` (the browser benchmarks).
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

/** Returns the build's exit status: 0 when the build is current (built now or before). */
export function buildWebIfStale() {
  const current = fingerprint(ROOT, WEB_SOURCES);
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : '';
  if (current === built && existsSync(path.join(ROOT, 'packages/web/dist/index.html'))) return 0;
  const result = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) return result.status ?? 1;
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, current);
  return 0;
}
