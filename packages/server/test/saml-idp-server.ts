import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readForm } from './read-form.ts';
import { escapeXml, type TestSamlIdp } from './saml-idp.ts';

/** A person the test IdP knows, by user name: what its assertion says of them. */
export interface TestSamlPerson {
  email: string;
  name: string;
  groups: string[];
}

export interface TestSamlIdpServer {
  /** The single sign-on URL Helhed sends the browser to (HELHED_SAML_ENTRY_POINT). */
  ssoUrl: string;
  people: Map<string, TestSamlPerson>;
  close(): Promise<void>;
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * The test IdP behind a real HTTP address, for the browser tests: its sign-on page asks for a user
 * name (as a kommune's ADFS would after its own password and MFA), then answers with an HTML form
 * that the browser posts to Helhed's assertion consumer service (HTTP-POST binding), carrying the
 * signed assertion and the RelayState Helhed sent.
 */
export async function startTestSamlIdpServer(
  idp: TestSamlIdp,
  sp: { entityId: string; acsUrl: string },
): Promise<TestSamlIdpServer> {
  const people = new Map<string, TestSamlPerson>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://idp');
      if (url.pathname !== '/sso') {
        response.writeHead(404).end();
        return;
      }
      const form = request.method === 'POST' ? await readForm(request) : url.searchParams;
      const relayState = form.get('RelayState') ?? '';
      const person = people.get(form.get('login') ?? '');
      const html = (text: string) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(text);
      };
      if (request.method !== 'POST' || !person) {
        html(
          page(
            'Test-IdP: log ind',
            `<form method="post" action="/sso"><input type="hidden" name="RelayState" value="${escapeXml(relayState)}">
<label for="login">Brugernavn</label> <input id="login" name="login"> <button type="submit">Log ind</button></form>`,
          ),
        );
        return;
      }
      const assertion = idp.signedResponse({
        audience: sp.entityId,
        acsUrl: sp.acsUrl,
        nameId: `nameid-${form.get('login')}`,
        ...person,
      });
      html(
        page(
          'Test-IdP: videre til Helhed',
          `<form method="post" action="${escapeXml(sp.acsUrl)}"><input type="hidden" name="SAMLResponse" value="${assertion}">
<input type="hidden" name="RelayState" value="${escapeXml(relayState)}"><button type="submit">Fortsæt til Helhed</button></form>`,
        ),
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ssoUrl: `http://127.0.0.1:${port}/sso`,
    people,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
