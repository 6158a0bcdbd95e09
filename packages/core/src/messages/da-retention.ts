// Danish texts of retention, the erasure journal and restore (decision 0022). Imported into da.ts
// as da.retention.

export const retention = {
  /** What free text becomes when its period has passed (columns that require a text). */
  erased: 'Slettet efter opbevaringsperioden',
  categories: {
    residents: 'Beboeres oplysninger',
    incidents: 'Hændelser i beredskabet',
    outbox: 'Udbakken (mail og sms)',
    audit: 'Revisionsloggen',
  },
  cli: {
    header: 'Sletning efter opbevaringsperioderne ({when}):',
    dryRunHeader: 'Prøvekørsel, intet er ændret. Dette ville blive slettet eller anonymiseret ({when}):',
    period: '  {category}: {period}, før {cutoff}',
    table: '  {table}: {rows} rækker',
    settingInvalid:
      '{setting} skal være et helt tal efterfulgt af d (dage), m (måneder) eller y (år), fx 90d, 24m eller 5y; revisionsloggen mindst 1y. Fik "{value}".',
    unknownOption: 'Ukendt valg til "retention run": {option}. Brug --dry-run eller ingenting.',
  },
  restore: {
    reapplied: 'Sletninger fra sletningsjournalen genudført efter indlæsningen: {count}.',
    replaceNeeded:
      'Databasen er ikke tom. Skriv --replace for at erstatte dens indhold med sikkerhedskopien; sletninger registreret siden kopien blev taget, udføres igen.',
  },
} as const;
