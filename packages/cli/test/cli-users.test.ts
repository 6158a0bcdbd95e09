import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { helhed } from './run-cli.ts';

async function rows(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

// The account lifecycle from a terminal, as an IT operator would use it when the web is out of
// reach: list, change role, reset password, deactivate; every step audited as system:cli.
describe('helhed users in the CLI', () => {
  let db: TestDatabase;
  afterAll(() => db?.drop());

  it('lists, changes the role, resets the password and deactivates, audited; unknown e-mails in Danish', async () => {
    db = await createTestDatabase('postgres');
    const accounts: Array<[string, string]> = [
      ['chef@eksempel.dk', 'admin'],
      ['mette@eksempel.dk', 'worker'],
    ];
    for (const [email, role] of accounts) {
      const added = await helhed(
        ['users', 'add', '--email', email, '--role', role],
        db.env,
        'en lang nok adgangskode\n',
      );
      expect(added.code, added.stderr).toBe(0);
    }
    const list = await helhed(['users', 'list'], db.env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.split('\n')[0]).toBe('E-mail\tNavn\tRolle\tStatus\tSenest logget ind');
    expect(list.stdout).toMatch(/mette@eksempel\.dk\tmette@eksempel\.dk\tMedarbejder\taktiv\taldrig/);

    const role = await helhed(
      ['users', 'set-role', '--email', 'mette@eksempel.dk', '--role', 'leader'],
      db.env,
    );
    expect(role.code, role.stderr).toBe(0);
    expect(role.stdout).toMatch(/mette@eksempel\.dk har nu rollen Leder; 0 sessioner er afsluttet/);

    const [before] = await rows(
      db.url,
      "select password_hash from app_user where email = 'mette@eksempel.dk'",
    );
    const reset = await helhed(['users', 'reset-password', '--email', 'mette@eksempel.dk'], db.env);
    expect(reset.code, reset.stderr).toBe(0);
    const password = reset.stdout.trim().split('\n').at(-1) as string;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const [after] = await rows(
      db.url,
      "select password_hash, must_change_password from app_user where email = 'mette@eksempel.dk'",
    );
    expect(after?.password_hash).not.toBe(before?.password_hash);
    expect(after?.must_change_password).toBe(true);

    const off = await helhed(['users', 'deactivate', '--email', 'mette@eksempel.dk'], db.env);
    expect(off.code, off.stderr).toBe(0);
    expect((await helhed(['users', 'list'], db.env)).stdout).toMatch(/mette@eksempel\.dk\t.*\tdeaktiveret\t/);
    // The only administrator cannot be switched off, not even from the terminal.
    const last = await helhed(['users', 'deactivate', '--email', 'chef@eksempel.dk'], db.env);
    expect(last.code).not.toBe(0);
    expect(last.stderr).toMatch(/mindst én aktiv administrator/);

    const unknown = await helhed(['users', 'deactivate', '--email', 'ingen@eksempel.dk'], db.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Der findes ingen bruger med e-mailen ingen@eksempel\.dk/);
    const audit = await rows(
      db.url,
      "select action, actor_label from audit_event where action in ('role-change', 'password-reset', 'deactivate') order by occurred_at",
    );
    expect(audit).toEqual([
      { action: 'role-change', actor_label: 'system:cli' },
      { action: 'password-reset', actor_label: 'system:cli' },
      { action: 'deactivate', actor_label: 'system:cli' },
    ]);
    expect(JSON.stringify(await rows(db.url, 'select details from audit_event'))).not.toContain(password);
  });

  it('resets the second factor of the only administrator, audited (decision 0027)', async () => {
    // The first test made chef@eksempel.dk, the plan's only administrator; give them a factor.
    await rows(
      db.url,
      `select set_config('helhed.actor', 'test', false);
       insert into user_totp (plan_id, user_id, secret, confirmed_at)
         select plan_id, id, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', now() from app_user where email = 'chef@eksempel.dk'`,
    );
    const reset = await helhed(['users', 'reset-second-factor', '--email', 'chef@eksempel.dk'], db.env);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/Totrinsbekræftelsen for chef@eksempel\.dk er nulstillet; 0 sessioner/);
    expect(await rows(db.url, 'select id from user_totp')).toEqual([]);
    const audit = await rows(
      db.url,
      "select actor_label from audit_event where action = 'second-factor-reset'",
    );
    expect(audit).toEqual([{ actor_label: 'system:cli' }]);
    const again = await helhed(['users', 'reset-second-factor', '--email', 'chef@eksempel.dk'], db.env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/Totrinsbekræftelse er ikke slået til/);
  });
});
