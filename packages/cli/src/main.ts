import { da, fill } from '@helhed/core';
import { parseArgs, UsageError } from './args.ts';

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
  users reset-second-factor --email E
                                     nulstil totrinsbekræftelsen (afslutter brugerens sessioner)
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
  const parsed = parseArgs(argv);
  if (!parsed.command[0] || parsed.options.help) {
    process.stdout.write(HELP);
    return;
  }
  if (parsed.command[0] === 'serve' && !process.env.DATABASE_URL) {
    // The embedded PostgreSQL starts while the rest of the server's code loads (issue 18): the steps
    // up to initdb or the postmaster's launch run first, as they need this thread for a moment each.
    const { startEmbeddedEarly } = await import('@helhed/server/early-start');
    await startEmbeddedEarly({
      dataDir: process.env.HELHED_DATA_DIR,
      log: (message) => process.stdout.write(`${message}\n`),
    });
  }
  const { dispatch } = await import('./dispatch.ts');
  await dispatch(parsed);
}

run(process.argv.slice(2)).catch(async (error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const { DataDirInUseError } = await import('@helhed/server');
  if (error instanceof DataDirInUseError) {
    process.stderr.write(`${fill(da.cli.dataDirInUse, { dir: error.dataDir, pid: error.pid })}\n`);
    process.exit(3);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
