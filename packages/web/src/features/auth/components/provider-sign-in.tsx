import { da, fill } from '@helhed/core';
import type { SignInOptions } from '../../../types/api.ts';

/**
 * The organisation's login first: a plain link, so the browser goes to the provider and back as a
 * whole page (the provider's own sign-in page, password and MFA), never inside this app.
 */
export function ProviderSignIn({ providers }: { providers: SignInOptions['providers'] }) {
  if (providers.length === 0) return null;
  return (
    <ul className="provider-sign-in">
      {providers.map((p) => (
        <li key={p.kind}>
          <a className="button" href={p.startPath}>
            {fill(da.accounts.federation.signInWith, { organisation: p.label })}
          </a>
        </li>
      ))}
    </ul>
  );
}

const REFUSALS = da.accounts.federation.refusals;

/** The Danish reason a provider's sign-in gave no session (?afvist=…); an unknown code says it failed. */
export function refusalText(code: string | null): string | null {
  if (!code) return null;
  return code in REFUSALS ? REFUSALS[code as keyof typeof REFUSALS] : REFUSALS['invalid-response'];
}
