import { da, fill } from '@helhed/core';
import { migrateToLatest, seedOdensePlan } from '@helhed/server';
import { type ParsedArgs, requireOption, UsageError } from './args.ts';
import { backup, restore } from './commands/backup.ts';
import { importIndicators } from './commands/import-indicators.ts';
import { importRegistration } from './commands/import-registration.ts';
import { openApi } from './commands/openapi.ts';
import { rehousing } from './commands/rehousing.ts';
import { report } from './commands/report.ts';
import { reportProgram } from './commands/report-program.ts';
import { retentionRun } from './commands/retention.ts';
import { seedSynthetic } from './commands/seed-synthetic.ts';
import { serve } from './commands/serve.ts';
import { usersAdd } from './commands/users-add.ts';
import { usersList, usersManage } from './commands/users-manage.ts';
import { withDatabase } from './database.ts';

// Every command but the help: loaded only when one runs, so `helhed --help` loads no server code.
export async function dispatch({ command, options }: ParsedArgs): Promise<void> {
  const [name, sub] = command;
  switch (name) {
    case 'serve':
      return serve();
    case 'migrate':
      await withDatabase(({ db }) => migrateToLatest(db));
      process.stdout.write(`${da.cli.migrated}\n`);
      return;
    case 'seed':
      if (options.synthetic || options.demo) return seedSynthetic(options);
      await withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        await seedOdensePlan(db);
      });
      return;
    case 'users':
      if (sub === 'add') return usersAdd(options);
      if (sub === 'list') return usersList();
      if (
        sub === 'deactivate' ||
        sub === 'set-role' ||
        sub === 'reset-password' ||
        sub === 'reset-second-factor'
      )
        return usersManage(sub, options);
      throw new UsageError(fill(da.cli.unknownCommand, { command: command.join(' ') }));
    case 'import':
      if (sub === 'indicators') return importIndicators(command[2], options);
      if (sub) return importRegistration(sub, command[2], options);
      throw new UsageError(fill(da.cli.unknownCommand, { command: command.join(' ') }));
    case 'genhusning':
      return rehousing(sub, options);
    case 'report':
      if (sub === 'program') return reportProgram(options);
      return report(sub, options);
    case 'retention':
      if (sub === 'run') return retentionRun(options);
      throw new UsageError(fill(da.cli.unknownCommand, { command: command.join(' ') }));
    case 'openapi':
      return openApi(options);
    case 'backup':
      // `backup --plaintext FIL` parses FIL as the flag's value: both spellings mean the same.
      if (typeof options.plaintext === 'string') return backup(options.plaintext, true);
      return backup(command[1] ?? requireOption(options, 'file'), options.plaintext === true);
    case 'restore':
      // `restore --replace FIL` parses FIL as the flag's value: both spellings mean the same.
      if (typeof options.replace === 'string') return restore(options.replace, true);
      return restore(command[1] ?? requireOption(options, 'file'), options.replace === true);
    default:
      throw new UsageError(fill(da.cli.unknownCommand, { command: name ?? '' }));
  }
}
