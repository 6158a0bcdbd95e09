import type { FastifyInstance } from 'fastify';
import type { TestOidcProvider } from './oidc-test-provider.ts';

/** What Helhed answered to the provider's return: where it sends the browser, and any session. */
export interface SignInAnswer {
  status: number;
  location: string;
  cookie: string | null;
  /** The callback path and query the provider sent the browser to (for replay tests). */
  callback: string;
  /** The browser's flow cookie that went with it. */
  flowCookie: string;
}

/**
 * A browser's part of an OpenID Connect sign-in without a browser: Helhed's start, the provider's
 * authorisation and login page (with the provider's cookies kept), and Helhed's callback, each
 * redirect followed by hand. Only the real routes of both sides run.
 */
export async function signInThroughProvider(
  app: FastifyInstance,
  provider: TestOidcProvider,
  login: string,
  { stopBeforeHelhed = false }: { stopBeforeHelhed?: boolean } = {},
): Promise<SignInAnswer> {
  const start = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
  if (start.statusCode !== 303) throw new Error(`start: ${start.statusCode} ${start.body}`);
  // The browser keeps Helhed's flow cookie until the provider sends it back.
  const flow = start.cookies.find((c) => c.name.endsWith('helhed-sign-in-oidc'));
  const flowCookie = flow ? `${flow.name}=${flow.value}` : '';
  const jar = new Map<string, string>();
  let url = new URL(String(start.headers.location));
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.origin !== provider.issuer) {
      if (!stopBeforeHelhed) return finishAtHelhed(app, url, flowCookie);
      return { status: 0, location: '', cookie: null, callback: `${url.pathname}${url.search}`, flowCookie };
    }
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      method = 'GET';
      body = undefined;
    } else if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
      // The provider's login page: type the login name and submit.
      method = 'POST';
      body = new URLSearchParams({ login }).toString();
    } else {
      throw new Error(`provider answered ${response.status}: ${await response.text()}`);
    }
  }
  throw new Error('too many redirects');
}

async function finishAtHelhed(app: FastifyInstance, url: URL, flowCookie: string): Promise<SignInAnswer> {
  const callback = `${url.pathname}${url.search}`;
  const answer = await callbackAgain(app, callback, flowCookie);
  return { ...answer, callback, flowCookie };
}

/** Sends the provider's answer to Helhed (again, in a replay test), with the browser's flow cookie. */
export async function callbackAgain(app: FastifyInstance, callback: string, flowCookie = '') {
  const response = await app.inject({
    method: 'GET',
    url: callback,
    headers: flowCookie ? { cookie: flowCookie } : {},
  });
  const cookie = response.cookies.find((c) => c.name === '__Host-helhed-session');
  return {
    status: response.statusCode,
    location: String(response.headers.location ?? ''),
    cookie: cookie ? `${cookie.name}=${cookie.value}` : null,
  };
}
