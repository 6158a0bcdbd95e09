// The benches' leader: created in the plan once (a rerun on the same data finds it), then signed in
// over HTTP; returns the session cookie ("name=value").
import type { Kysely } from 'kysely';
import type { Database } from '../packages/server/src/platform/db/database.ts';
import { systemActor } from '../packages/server/src/platform/db/transaction.ts';
import { createUser } from '../packages/server/src/platform/users/service.ts';

const EMAIL = 'leder@bench.helhed';
const PASSWORD = 'bench-leder-adgangskode-2026';

export async function signInBenchLeader(db: Kysely<Database>, planId: string, base: string): Promise<string> {
  const known = await db.selectFrom('app_user').select('id').where('email', '=', EMAIL).executeTakeFirst();
  if (!known)
    await createUser(db, systemActor('bench', planId), planId, {
      clientKey: crypto.randomUUID(),
      email: EMAIL,
      displayName: 'Bench leder',
      role: 'leader',
      password: PASSWORD,
      mustChangePassword: false,
    });
  const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`bench sign-in answered ${signIn.status}`);
  return (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
}
