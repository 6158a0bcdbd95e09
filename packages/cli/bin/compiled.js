// The compiled CLI: the TypeScript of core, server and cli bundled by esbuild into one folder per
// fingerprint of their sources (packages/cli/dist/<fingerprint>/main.js), built on first use after
// a change, so production runs JavaScript and no call pays for compiling at run time. Dependencies
// stay in node_modules. Two processes building at once each write their own folder; the first
// rename wins and the other's is thrown away.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '../../../scripts/fingerprint.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const DIST = path.join(ROOT, 'packages/cli/dist');
const SOURCES = ['packages/core/src', 'packages/server/src', 'packages/cli/src', 'package-lock.json'];

/** Every import that is not a relative path or a workspace package is left to node_modules. */
const dependenciesOutside = {
  name: 'dependencies-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@helhed/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** The entry point of the compiled CLI for the sources as they are now; built when missing. */
export async function compiledEntry() {
  const id = fingerprint(ROOT, SOURCES);
  const entry = path.join(DIST, id, 'main.js');
  if (existsSync(entry)) return entry;
  const { build } = await import('esbuild');
  const temporary = path.join(DIST, `${id}.${process.pid}.tmp`);
  mkdirSync(temporary, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'packages/cli/src/main.ts')],
    outdir: temporary,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'error',
    plugins: [dependenciesOutside],
  });
  try {
    renameSync(temporary, path.join(DIST, id));
  } catch {
    rmSync(temporary, { recursive: true, force: true });
  }
  for (const old of readdirSync(DIST)) {
    if (old !== id && !old.endsWith('.tmp')) rmSync(path.join(DIST, old), { recursive: true, force: true });
  }
  return entry;
}
