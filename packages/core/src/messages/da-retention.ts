// Danish texts of retention, the erasure journal and restore (decision 0022). Imported into da.ts
// as da.retention.

export const retention = {
  /** What free text becomes when its period has passed (columns that require a text). */
  erased: 'Slettet efter opbevaringsperioden',
  /** What an e-mail address or phone number inside a kept text becomes. */
  redacted: '[slettet]',
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
  /** The record of processing activities (GDPR art. 30), generated from the retention register. */
  record: {
    title: 'Fortegnelse over behandlingsaktiviteter',
    navLabel: 'Fortegnelse (art. 30)',
    intro:
      'Dannet af Helhed ud fra opbevaringsregistret: hvilke personoplysninger systemet behandler, hvorfor, hvem der kan se dem, hvor længe de gemmes, og hvordan de beskyttes (databeskyttelsesforordningens artikel 30). Tabel- og kolonnenavne er systemets egne.',
    controller: 'Dataansvarlig: {plan}',
    generated: 'Dannet {when}',
    download: 'Hent som PDF',
    purpose: 'Formål',
    subjects: 'Registrerede',
    data: 'Personoplysninger (tabel: kolonner)',
    recipients: 'Modtagere (roller i Helhed)',
    retention: 'Opbevaring',
    safeguardsTitle: 'Sikkerhedsforanstaltninger',
    tableColumn: 'Tabel',
    columnsColumn: 'Kolonner med personoplysninger',
    noRecipients: 'Ingen roller læser dem i systemet',
    periodsTitle: 'Opbevaringsperioder',
    periodLine: '{category}: {period}',
    activities: {
      registration: {
        title: 'Registrering af deltagere, henvisninger, forløb og frivillige',
        purpose:
          'At tilrettelægge og følge det boligsociale arbejde med den enkelte beboer og tælle indsatsen anonymt i rapporter.',
        subjects: 'Beboere, der deltager i helhedsplanens aktiviteter',
      },
      safety: {
        title: 'Tryghedsarbejde og CKS-møder',
        purpose:
          'At registrere tryghedshenvendelser og aftaler på CKS-møder, så de kan følges op og tælles pr. område.',
        subjects: 'Beboere og andre, som en henvendelse handler om',
      },
      rehousing: {
        title: 'Genhusning',
        purpose: 'At følge husstande gennem genhusningen: tilbud, flytning, opfølgning og breve.',
        subjects: 'Husstande, der genhuses',
      },
      beredskab: {
        title: 'Beredskab ved kriser',
        purpose: 'At varsle og samle beredskabet ved en krise og dokumentere forløbet.',
        subjects: 'Beboere, som en hændelse beskriver; medarbejdere og partnere på varslingslisten',
      },
      knowledge: {
        title: 'Kursusevalueringer og videnbase',
        purpose:
          'At samle erfaringer fra aktiviteterne; en evaluering offentliggøres kun af en leder efter kontrol for navne.',
        subjects: 'Deltagere, som en evaluering kan nævne',
      },
      accounts: {
        title: 'Brugerkonti og revisionslog',
        purpose:
          'At give medarbejdere og partnere adgang og dokumentere, hvem der har set og ændret hvad (artikel 5, stk. 2).',
        subjects: 'Medarbejdere og partnere med en konto',
      },
    },
    retentionText: {
      residents:
        'Slettes {period} efter sidste forløb, kursus, frivillighed eller afsluttet genhusning; tællinger bevares uden personen. En leder kan slette før.',
      incidents:
        'Fritekst, log og krisemeddelelser anonymiseres {period} efter, at hændelsen er afmeldt; niveau, kategori, område og tidspunkter bevares.',
      outbox: 'Modtager, emne og tekst slettes {period} efter afsendelse; at beskeden blev leveret, bevares.',
      audit: 'Slettes efter {period} ad den eneste vej, loggen tillader, som selv logges; aldrig før et år.',
      kept: 'Gemmes, så længe personen står på listen eller har en konto; administratoren fjerner dem.',
      knowledge:
        'Videnbasens notater gemmes med planen; et navn, der findes i et, fjernes i hånden af en leder.',
    },
    safeguards: [
      'Rollebaseret adgang, der lukker ved tvivl; medarbejdere ser kun deres teams beboere.',
      'Hver læsning og ændring af personoplysninger skrives i en revisionslog, som appens egen databaserolle ikke kan ændre eller slette.',
      'Samtykke pr. formål håndhæves; beboere uden samtykke til statistik tælles ikke i rapporter.',
      'Små tal (under tærsklen) skjules i alt, der offentliggøres, og efterprøves mod en angriber med lineær programmering.',
      'Ingen CPR-numre: fritekst afvises, hvis den indeholder et.',
      'Adgangskoder gemmes med argon2id; sessioner udløber og kan afsluttes.',
      'Sikkerhedskopier krypteres med AES-256-GCM; en indlæsning udfører sletninger siden kopien igen.',
      'Sletning efter opbevaringsperioderne kører dagligt og kan prøvekøres.',
    ],
  },
  restore: {
    reapplied: 'Sletninger fra sletningsjournalen genudført efter indlæsningen: {count}.',
    replaceNeeded:
      'Databasen er ikke tom. Skriv --replace for at erstatte dens indhold med sikkerhedskopien; sletninger registreret siden kopien blev taget, udføres igen.',
  },
} as const;
