import { da, fill, isRole } from '@helhed/core';
import { createUser, migrateToLatest, seedOdensePlan, systemActor } from '@helhed/server';
import { CreateUserBody } from '@helhed/server/contracts/users';
import { type ParsedArgs, requireOption, UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `helhed users add --email E --role R [--name N]`; the password is read from standard input. */
export async function usersAdd(options: ParsedArgs['options']): Promise<void> {
  const email = requireOption(options, 'email');
  const role = requireOption(options, 'role');
  if (!isRole(role))
    throw new UsageError(`${da.validation.invalidRole} (${Object.keys(da.roles).join(', ')})`);
  if (process.stdin.isTTY) process.stderr.write(da.cli.passwordPrompt);
  const password = (await readStdin()).replace(/\r?\n$/, '');
  const name = typeof options.name === 'string' ? options.name : email;
  await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    const plan = await seedOdensePlan(db);
    const parsed = CreateUserBody.safeParse({
      clientKey: crypto.randomUUID(),
      email,
      displayName: name,
      role,
      password,
    });
    if (!parsed.success) {
      throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    }
    await createUser(db, systemActor('cli'), plan.id, { ...parsed.data, mustChangePassword: false });
  });
  process.stdout.write(`${fill(da.cli.userAdded, { email, role: da.roles[role] })}\n`);
}
