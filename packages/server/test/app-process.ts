import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const CLI = path.join(REPO_ROOT, 'packages/cli/bin/helhed.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** The first admin's one-time password, when this start created one. */
  firstAdminPassword: string | null;
  exited: Promise<number | null>;
}

/** Starts `helhed serve` as a real process and waits until /api/health answers. */
export async function startAppProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'serve'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let isExited = false;
  void exited.then(() => {
    isExited = true;
  });
  while (Date.now() < deadline && !isExited) {
    const ok = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok && /Helhed kører/.test(out)) {
      const password = /Adgangskode: (\S+)/.exec(out)?.[1] ?? null;
      return { child, baseUrl, output: () => out, firstAdminPassword: password, exited };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`app did not become healthy:\n${out}`);
}

/** A signed-in HTTP client with the session cookie and CSRF token. */
export class ApiClient {
  cookie = '';
  csrfToken = '';
  constructor(readonly baseUrl: string) {}

  async signIn(email: string, password: string): Promise<Response> {
    const r = await fetch(`${this.baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (r.ok) {
      this.cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      this.csrfToken = ((await r.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return r;
  }

  request(method: string, url: string, body?: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  }
}
