import { da, fill } from '@helhed/core';
import { DataDirInUseError, migrateToLatest, seedOdensePlan } from '@helhed/server';
import { parseArgs, requireOption, UsageError } from './args.ts';
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

const HELP = `${da.cli.usage}

  serve                              start serveren (PORT, HOST, DATABASE_URL, HELHED_DATA_DIR)
  migrate                            opdatér databasen til seneste version
  seed                               indlæs Odense-planen i en tom database
  seed --synthetic [--demo] [--plans N] [--residents N] [--years 2024-2026|N] [--seed N] [--bulk]
                                     syntetiske data (markeret som syntetiske); --demo i Odense-planen
  users add --email E --role R [--name N]
                                     opret en bruger; adgangskoden læses fra standard input
                                     roller: ${Object.keys(da.roles).join(', ')}
  users list                         alle brugere med rolle, status og seneste login
  users deactivate --email E         deaktivér en bruger og afslut alle sessioner
  users set-role --email E --role R  skift rolle (afslutter brugerens sessioner)
  users reset-password --email E     ny engangsadgangskode, der skal skiftes ved næste login
  import indicators FIL [--plan SLUG]
                                     indlæs indikatorværdier fra CSV eller XLSX (alt eller intet)
  import participants|attendance|volunteers FIL --as E-MAIL [--dry-run]
                                     indlæs deltagere, fremmødelister eller frivillige som den
                                     medarbejder (alt eller intet); --dry-run viser hver række og gemmer intet
  report quarterly --quarter 2025-Q1 [--plan SLUG] [--format json|csv|xlsx|pdf] [--out FIL]
  report annual --year 2025 [--plan SLUG] [--format json|csv|xlsx|pdf] [--out FIL]
                                     leverancemåling eller årlig opfølgning (samme tal som i appen)
  report program --program vollsmose [--format json|pdf] [--quarter 2025-Q1] [--out FIL]
                                     Program Vollsmose: rapport til Økonomiudvalget
  retention run [--dry-run]          slet eller anonymisér personoplysninger efter opbevaringsperioderne
                                     (HELHED_RETENTION_RESIDENTS 24m, _INCIDENTS 36m, _OUTBOX 90d,
                                     _AUDIT 5y); --dry-run viser pr. tabel, hvad der ville gå
  genhusning status [--phase P] [--date ÅÅÅÅ-MM-DD] [--format json|csv|xlsx|pdf] [--exact]
                                     genhusningens statustabel pr. dato (uden --exact: "x" for skjulte tal)
  genhusning demo                    indlæs det historiske eksempel "Udvidet flyttehjælp 2011–2012"
  openapi [--out FIL]                API-beskrivelsen (OpenAPI 3.1, JSON), uden database
  backup FIL [--plaintext]           skriv en krypteret sikkerhedskopi af hele databasen
                                     (nøgle fra HELHED_BACKUP_PASSPHRASE)
  restore FIL [--replace]            indlæs en sikkerhedskopi i en tom database; --replace erstatter
                                     indholdet, og sletninger siden kopien udføres igen
`;

async function run(argv: readonly string[]): Promise<void> {
  const { command, options } = parseArgs(argv);
  const [name, sub] = command;
  if (!name || options.help) {
    process.stdout.write(HELP);
    return;
  }
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
      if (sub === 'deactivate' || sub === 'set-role' || sub === 'reset-password')
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
      throw new UsageError(fill(da.cli.unknownCommand, { command: name }));
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof DataDirInUseError) {
    process.stderr.write(`${fill(da.cli.dataDirInUse, { dir: error.dataDir, pid: error.pid })}\n`);
    process.exit(3);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
