import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';
import { readForm } from './read-form.ts';

/** A person the test provider knows: the claims its id token carries. */
export interface TestAccount {
  email?: string;
  name?: string;
  groups?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people who can sign in, by login name; tests add and change them as they go. */
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

const LOGIN_PAGE = (uid: string) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Test-udbyder: log ind</title></head>
<body><main><h1>Test-udbyder</h1>
<form method="post" action="/interaction/${uid}">
<label for="login">Brugernavn</label> <input id="login" name="login" autocomplete="username">
<button type="submit">Fortsæt</button></form></main></body></html>`;

/**
 * A real OpenID provider (the `oidc-provider` package) on loopback, for the tests: it signs id
 * tokens with its own keys, checks PKCE, and asks for a login name on a page of its own (any
 * known name signs in, as a kommune's identity provider would after its own password and MFA).
 * The consent step is granted at once: Helhed is a first-party client of the organisation.
 */
export async function startTestOidcProvider(
  redirectUri: string,
  postLogoutUri: string,
): Promise<TestOidcProvider> {
  const accounts = new Map<string, TestAccount>();
  const clientId = 'helhed-test';
  const clientSecret = 'test-secret-that-is-long-enough-for-hs256-0123456789';
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email'], profile: ['name'], groups: ['groups'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account }) };
    },
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientIdOf = ctx.oidc.client?.clientId;
      if (!accountId || !clientIdOf) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId: clientIdOf });
      grant.addOIDCScope('openid email profile groups');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();

  server.on('request', (request, response) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(request.url ?? '');
    if (!match?.[1]) {
      handle(request, response);
      return;
    }
    const uid = match[1];
    void (async () => {
      try {
        if (request.method === 'GET') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(LOGIN_PAGE(uid));
          return;
        }
        const login = (await readForm(request)).get('login') ?? '';
        if (!accounts.has(login)) {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(LOGIN_PAGE(uid));
          return;
        }
        await provider.interactionFinished(request, response, { login: { accountId: login } });
      } catch (error) {
        response.writeHead(500);
        response.end(String(error));
      }
    })();
  });

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
