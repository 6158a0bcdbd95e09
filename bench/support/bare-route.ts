// Starts bare-route-server.ts in a child process with a given JSON body; returns its URL.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCRIPT = path.join(HERE, 'bare-route-server.ts');
const ROOT = path.resolve(HERE, '../..');

export async function startBareRoute(body: string, bodyFile: string) {
  await writeFile(bodyFile, body);
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, bodyFile], {
    cwd: ROOT, // where tsx resolves from, whatever the caller's folder
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    child.on('exit', (code) => reject(new Error(`bare route server exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
