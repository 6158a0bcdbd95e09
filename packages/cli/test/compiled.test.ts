import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../../scripts/fingerprint.js';
import { COMPILED_SOURCES } from '../bin/compiled.js';
import { helhed } from './run-cli.ts';

// Issue 18: the CLI and the server run compiled JavaScript, rebuilt only when their sources change.
const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');

describe('the compiled CLI', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const dir of scratch) await rm(dir, { recursive: true, force: true });
  });

  it('runs from the bundle built for the sources as they are', async () => {
    const help = await helhed(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('helhed <kommando>');
    const id = fingerprint(ROOT, COMPILED_SOURCES);
    expect(existsSync(path.join(ROOT, 'packages/cli/dist', id, 'main.js'))).toBe(true);
  });

  it('loads ExcelJS and PDFKit only when a document is made, not at start', async () => {
    const folder = path.join(ROOT, 'packages/cli/dist', fingerprint(ROOT, COMPILED_SOURCES));
    const files = (await readdir(folder)).filter((name) => name.endsWith('.js'));
    const code = (await Promise.all(files.map((name) => readFile(path.join(folder, name), 'utf8')))).join(
      '\n',
    );
    for (const library of ['exceljs', 'pdfkit']) {
      expect(code, library).not.toMatch(new RegExp(`^import[^;]*from\\s*"${library}"`, 'm'));
      expect(code, library).toContain(`import("${library}")`);
    }
  });

  it('loads SAML, OpenID Connect, nodemailer and the QR code only when they are used', async () => {
    const folder = path.join(ROOT, 'packages/cli/dist', fingerprint(ROOT, COMPILED_SOURCES));
    // What `helhed serve` loads before it listens: main.js and every chunk it imports statically.
    const loaded = new Set<string>();
    const follow = async (name: string) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      const code = await readFile(path.join(folder, name), 'utf8');
      const statics = [...code.matchAll(/^import\s*(?:[^;]*?\s*from\s*)?"\.\/([^"]+\.js)"/gm)];
      for (const [, chunk] of statics) await follow(chunk as string);
    };
    await follow('main.js');
    // The CLI's commands, which main.js imports with import() once the embedded PostgreSQL is starting.
    for (const name of await readdir(folder)) if (/^dispatch-.*\.js$/.test(name)) await follow(name);
    const atStart = (await Promise.all([...loaded].map((n) => readFile(path.join(folder, n), 'utf8')))).join(
      '\n',
    );
    const everything = (
      await Promise.all(
        (
          await readdir(folder)
        )
          .filter((n) => n.endsWith('.js'))
          .map((n) => readFile(path.join(folder, n), 'utf8')),
      )
    ).join('\n');
    expect(atStart).toContain('// packages/server/src/app.ts');
    for (const library of ['@node-saml/node-saml', 'xml-crypto', 'openid-client', 'nodemailer', 'qrcode']) {
      // esbuild marks each bundled file with its path: in the bundle, but not in what a start loads.
      const marker = new RegExp(`^// .*node_modules/${library}/`, 'm');
      expect(everything, library).toMatch(marker);
      expect(atStart, library).not.toMatch(marker);
    }
  });

  it('answers like the TypeScript sources do', async () => {
    const [compiled, source] = await Promise.all([
      helhed(['openapi'], {}),
      helhed(['openapi'], { HELHED_FROM_SOURCE: '1' }),
    ]);
    expect(compiled.code, compiled.stderr).toBe(0);
    expect(compiled.stdout).toBe(source.stdout);
    const bad = await helhed(['ukendt'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ukendt kommando: ukendt');
  });

  it('sees a changed, added or removed source file, and not a changed test', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-fingerprint-'));
    scratch.push(dir);
    await mkdir(path.join(dir, 'src/tests'), { recursive: true });
    await writeFile(path.join(dir, 'src/a.ts'), 'export const a = 1;');
    await writeFile(path.join(dir, 'src/a.test.ts'), 'test');
    await writeFile(path.join(dir, 'src/tests/b.ts'), 'test');
    const first = fingerprint(dir, ['src']);
    expect(fingerprint(dir, ['src'])).toBe(first);
    await writeFile(path.join(dir, 'src/a.test.ts'), 'changed test');
    await writeFile(path.join(dir, 'src/tests/b.ts'), 'changed test');
    expect(fingerprint(dir, ['src'])).toBe(first);
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(dir, 'src/a.ts'), later, later);
    const touched = fingerprint(dir, ['src']);
    expect(touched).not.toBe(first);
    await writeFile(path.join(dir, 'src/c.ts'), 'export const c = 1;');
    const added = fingerprint(dir, ['src']);
    expect(added).not.toBe(touched);
    await rm(path.join(dir, 'src/c.ts'));
    expect(fingerprint(dir, ['src'])).toBe(touched);
  });
});
