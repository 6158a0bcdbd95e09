import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(fileURLToPath(import.meta.url), '../../../..');

/**
 * The release before the current one: the commit whose database every installation upgrading to
 * this version has. Move it forward at each release, and keep the upgrade test that uses it.
 */
export const PREVIOUS_RELEASE = 'b811cfd';

export interface PreviousRelease {
  dir: string;
  /** Runs `helhed ARGS` of the previous release, as an installation of it would. */
  helhed(
    args: string[],
    env: Record<string, string>,
    stdin?: string,
  ): Promise<{ code: number | null; output: string }>;
  remove(): void;
}

/**
 * The previous release's source tree from git, with this checkout's installed packages (the same
 * lock file family) except the workspace's own, which point into the old tree: the old CLI runs
 * the old server, core and migrations.
 */
export function checkOutPreviousRelease(): PreviousRelease {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'helhed-previous-'));
  const archive = execFileSync('git', ['-C', REPO, 'archive', '--format=tar', PREVIOUS_RELEASE], {
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(REPO, 'node_modules'))) {
    // The workspace links are relative (../../packages/x), so copied as links they name the old tree.
    if (name === '@helhed')
      cpSync(path.join(REPO, 'node_modules', name), path.join(modules, name), {
        verbatimSymlinks: true,
        recursive: true,
      });
    else symlinkSync(path.join(REPO, 'node_modules', name), path.join(modules, name));
  }
  const cli = path.join(dir, 'packages/cli/bin/helhed.js');
  return {
    dir,
    helhed: (args, env, stdin = '') =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, ...env } });
        let output = '';
        child.stdout.on('data', (d: Buffer) => {
          output += d.toString();
        });
        child.stderr.on('data', (d: Buffer) => {
          output += d.toString();
        });
        child.on('close', (code) => resolve({ code, output }));
        child.stdin.end(stdin);
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
