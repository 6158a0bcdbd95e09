// A client typed from the OpenAPI document alone (openapi-typescript + openapi-fetch), as an outside
// integrator would build one. The types in .generated/ are written by openapi-client.test.ts from the
// served document, so this file is type-checked there, not by the package's tsconfig.
import createClient from 'openapi-fetch';
import type { paths } from './.generated/openapi-types.ts';

export interface PlanReading {
  slug: string;
  periodStart: string;
  signedOut: boolean;
}

/** Signs in, reads the plan overview, and signs out again (a changing call: cookie and CSRF header). */
export async function readPlanWithTypedClient(
  baseUrl: string,
  email: string,
  password: string,
): Promise<PlanReading> {
  const client = createClient<paths>({ baseUrl });
  const signIn = await client.POST('/api/v1/auth/sign-in', { body: { email, password } });
  if (!signIn.data) throw new Error(`sign-in refused: ${signIn.response.status}`);
  const cookie = signIn.response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const plan = await client.GET('/api/v1/plan', { headers: { cookie } });
  if (!plan.data) throw new Error(`plan refused: ${plan.response.status}`);
  const signOut = await client.POST('/api/v1/auth/sign-out', {
    headers: { cookie, 'x-csrf-token': signIn.data.csrfToken },
  });
  return { slug: plan.data.slug, periodStart: plan.data.periodStart, signedOut: signOut.response.ok };
}
