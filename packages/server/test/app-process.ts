import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import { TOTP_PERIOD_SECONDS } from '../src/platform/auth/second-factor-codes.ts';

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

/** An administrator's second factor (decision 0027), shared by the clients of one test. */
export interface TestFactor {
  secret: string;
  /** The last time step spent: the server accepts each step once. */
  lastStep: number;
}

const stepNow = () => Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);
const codeAt = (secret: string, step: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: TOTP_PERIOD_SECONDS }).generate({
    timestamp: step * TOTP_PERIOD_SECONDS * 1000,
  });

/** A signed-in HTTP client with the session cookie and CSRF token. */
export class ApiClient {
  cookie = '';
  csrfToken = '';
  constructor(
    readonly baseUrl: string,
    readonly factor: { current?: TestFactor } = {},
  ) {}

  /** Signs in; a pending second factor is given a code from `factor`, through the real route. */
  async signIn(email: string, password: string): Promise<Response> {
    const r = await fetch(`${this.baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!r.ok) return r;
    this.takeSession(r, ((await r.clone().json()) as { csrfToken: string }).csrfToken);
    const answer = (await r.clone().json()) as { user: { secondFactor: string } };
    return answer.user.secondFactor === 'pending' ? this.verify() : r;
  }

  /** Sets the second factor up, as an administrator must before anything else; remembers it in `factor`. */
  async setUpSecondFactor(): Promise<void> {
    const started = await this.request('POST', '/api/v1/auth/second-factor/setup');
    if (started.status !== 200) throw new Error(`second-factor set-up: ${started.status}`);
    const { secret } = (await started.json()) as { secret: string };
    const step = stepNow();
    const confirmed = await this.request('POST', '/api/v1/auth/second-factor/confirm', {
      code: codeAt(secret, step),
    });
    if (confirmed.status !== 200) throw new Error(`second-factor confirm: ${confirmed.status}`);
    this.factor.current = { secret, lastStep: step };
  }

  private async verify(): Promise<Response> {
    const factor = this.factor.current;
    if (!factor) throw new Error('the session awaits a second factor this client does not know');
    let step = [stepNow() - 1, stepNow(), stepNow() + 1].find((s) => s > factor.lastStep);
    while (step === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      step = [stepNow(), stepNow() + 1].find((s) => s > factor.lastStep);
    }
    const r = await this.request('POST', '/api/v1/auth/second-factor/verify', {
      code: codeAt(factor.secret, step),
    });
    if (r.ok) {
      factor.lastStep = step;
      this.takeSession(r, ((await r.clone().json()) as { csrfToken: string }).csrfToken);
    }
    return r;
  }

  private takeSession(r: Response, csrfToken: string): void {
    this.cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    this.csrfToken = csrfToken;
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
