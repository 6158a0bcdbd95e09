import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GRAPH_END, GRAPH_START, moduleGraph } from '../test/module-graph.ts';

// One module layout (docs/architecture.md): a newcomer finds every feature's routes, services,
// queries, contract and tests in the same folders of its module. These tests hold the layout and
// the request-context rules against the code, and the module picture in the document against the
// imports.
const SRC = path.dirname(fileURLToPath(import.meta.url));
const MODULES = path.join(SRC, 'modules');
const REPO = path.resolve(SRC, '../../..');

const FOLDERS = ['contract', 'queries', 'routes', 'service', 'tests'] as const;
/** The synthetic generator is driven by the CLI only: it has no HTTP routes and no API contract. */
const WITHOUT: Record<string, readonly string[]> = { synthetic: ['routes', 'contract'] };
const ROOT_FILES = /^(index\.ts|tables(-[a-z-]+)?\.ts)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name.endsWith('.lint-probe.ts')) return [];
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const modules = readdirSync(MODULES).filter((name) => statSync(path.join(MODULES, name)).isDirectory());
const rel = (file: string) => path.relative(SRC, file);

describe('module layout', () => {
  it.each(modules)('%s has the same folders and nothing else at its root', (name) => {
    const entries = readdirSync(path.join(MODULES, name));
    const folders = entries.filter((e) => statSync(path.join(MODULES, name, e)).isDirectory()).sort();
    const expected = FOLDERS.filter((f) => !WITHOUT[name]?.includes(f));
    expect(folders.filter((f) => f !== 'seed')).toEqual(expected);
    expect(entries.filter((e) => !folders.includes(e) && !ROOT_FILES.test(e))).toEqual([]);
  });

  it('keeps every test and test support file of a module in its tests folder', () => {
    const misplaced = modules.flatMap((name) =>
      files(path.join(MODULES, name))
        .filter((f) => f.endsWith('.test.ts') && !f.includes(`${path.sep}tests${path.sep}`))
        .map(rel),
    );
    expect(misplaced).toEqual([]);
  });

  it('lets only routes see Fastify: services, queries and contracts never import it', () => {
    const offenders = modules.flatMap((name) =>
      ['service', 'queries', 'contract'].flatMap((folder) => {
        const dir = path.join(MODULES, name, folder);
        return statSync(dir, { throwIfNoEntry: false })
          ? files(dir)
              .filter((f) => /from 'fastify/.test(readFileSync(f, 'utf8')))
              .map(rel)
          : [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('records reads of personal data only in presenters', () => {
    const recorders = [...files(MODULES), ...files(path.join(SRC, 'platform'))]
      .filter(
        (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes(`${path.sep}tests${path.sep}`),
      )
      .filter((f) => /\.audit\.(read|exported)\(/.test(readFileSync(f, 'utf8')))
      .map(rel)
      .filter((f) => !/(^|\/)present[a-z-]*\.ts$|presenters\.ts$/.test(f));
    expect(recorders).toEqual([]);
  });

  it('keeps contracts pure, so the web app and the CLI can import them', () => {
    const impure = modules.flatMap((name) => {
      const dir = path.join(MODULES, name, 'contract');
      if (!statSync(dir, { throwIfNoEntry: false })) return [];
      return files(dir)
        .filter((f) => {
          const imports = [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
          return imports.some(
            (spec) =>
              !['zod', '@helhed/core'].includes(spec) &&
              !spec.startsWith('./') &&
              !/platform\/(contract\/[a-z-]+|http\/error-response)\.ts$/.test(spec),
          );
        })
        .map(rel);
    });
    expect(impure).toEqual([]);
  });

  it('draws the module picture in docs/architecture.md from the imports', () => {
    const doc = readFileSync(path.join(REPO, 'docs/architecture.md'), 'utf8');
    const drawn = doc.slice(doc.indexOf(GRAPH_START), doc.indexOf(GRAPH_END) + GRAPH_END.length);
    // Run `npx tsx scripts/module-graph.ts --write` after changing which module imports which.
    expect(drawn).toBe(moduleGraph(SRC));
  });
});

describe('web app layout', () => {
  const FEATURES = path.join(REPO, 'packages/web/src/features');

  it('keeps API addresses in the features’ api folders: no component or page holds one', () => {
    const withUrl = files(FEATURES)
      .filter((f) => !f.includes(`${path.sep}api${path.sep}`) && /\.tsx?$/.test(f))
      .filter((f) => /['`"]\/api\//.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(FEATURES, f));
    expect(withUrl).toEqual([]);
  });
});
