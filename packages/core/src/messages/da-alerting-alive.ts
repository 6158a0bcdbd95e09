// Danish texts of beredskab's alive checks: the weekly prøvealarm, the channel state on the
// overview, the rota gaps on Vagtplan and the mails to the SSP leader. Imported into da.ts as
// da.alertingAlive.

export const alertingAlive = {
  testIncident: {
    category: 'Prøvealarm',
    location: 'Ingen hændelse (ugentlig prøve)',
    description:
      'Dette er den ugentlige prøvealarm. Der er ikke sket noget. Kvittér, som du ville ved et rigtigt varsel.',
  },
  mail: {
    testSubject: 'PRØVEALARM fra beredskabet – kvittér venligst',
    testBody:
      'Til {name}\n\nDette er den ugentlige prøvealarm til SSP-chefvagten. Der er IKKE sket noget.\n\nKvittér, som du ville ved et rigtigt varsel, så vi ved, at varslingen når frem:\n{link}\n\nKvitterer du ikke inden {deadline}, får SSP-lederen besked.',
    testSms: 'PRØVEALARM (ingen hændelse). Kvittér: {link}',
    missedSubject: 'Prøvealarmen blev ikke kvitteret',
    missedBody:
      'Til {name}\n\nPrøvealarmen til SSP-chefvagten {chief} blev sendt {sentAt} og er ikke kvitteret inden {deadline}.\n\nKontakt chefvagten og kontrollér telefonnummer og e-mail på varslingslisten. Et rigtigt varsel ville nu være eskaleret.',
    noChiefSubject: 'Prøvealarmen kunne ikke sendes: ingen SSP-chefvagt på vagtplanen',
    noChiefBody:
      'Til {name}\n\nDa den ugentlige prøvealarm skulle sendes {sentAt}, stod ingen aktiv SSP-chefvagt på vagtplanen. Et rigtigt varsel ville være gået til alle aktive chefvagter.\n\nUdfyld vagtplanen i Helhed under Beredskab → Vagtplan.',
    rotaSubject: 'Vagtplanen de næste 30 dage: {count} timer uden fuld dækning',
    rotaSubjectNone: 'Vagtplanen de næste 30 dage: ingen huller',
    rotaBody:
      'Til {name}\n\nSådan ser vagtplanen for SSP-chefvagten ud fra {from} til {to}:\n\n{lines}\n\nRet vagtplanen i Helhed under Beredskab → Vagtplan.',
    rotaNone: 'Alle timer har en chefvagt med en aktiv stedfortræder.',
    rotaLine: '– {from} til {to}: {kind} ({hours} timer)',
  },
  log: {
    testSent: 'Prøvealarm sendt til {names}.',
    testNoChief: 'Prøvealarm: ingen SSP-chefvagt på vagtplanen; SSP-lederen er orienteret.',
    testAcknowledged: 'Prøvealarmen er kvitteret. Varslingen virker.',
    testMissed: 'Prøvealarmen til {name} er ikke kvitteret; SSP-lederen ({leaders}) er orienteret.',
    noLeader:
      'Der er ingen SSP-leder på varslingslisten (SSP Odense i SSP-bestyrelsen); ingen er orienteret.',
  },
  gapKinds: {
    no_chief: 'Ingen chefvagt',
    no_deputy: 'Chefvagt uden stedfortræder',
  },
  ui: {
    statusTitle: 'Varslingens tilstand',
    statusIntro:
      'Om beskeder faktisk kommer frem. Offentlig overvågning kan følge /api/health/alerting (uden personoplysninger).',
    channel: 'Kanal',
    state: 'Tilstand',
    lastOk: 'Senest leveret',
    lastFailure: 'Seneste fejl',
    oldestQueued: 'Ældste besked i kø',
    never: 'Aldrig',
    none: 'Ingen',
    failureAt: '{at}: {reason}',
    queuedFor: '{count} i kø, den ældste i {age}',
    states: {
      ok: 'Virker',
      failing: 'Fejler',
      idle: 'Ikke brugt endnu',
      not_configured: 'Ikke sat op',
    },
    worker: 'Afsenderen (worker)',
    workerOk: 'Kører – sidst aktiv {at}',
    workerDown: 'Kører ikke – sidst aktiv {at}',
    workerNever: 'Har aldrig kørt',
    testTitle: 'Ugentlig prøvealarm',
    testNone: 'Der er ikke sendt nogen prøvealarm endnu. Den næste sendes {next}.',
    testAcknowledged: 'Sendt {at} til {name}, kvitteret {ackAt}.',
    testWaiting: 'Sendt {at} til {name}; venter på kvittering.',
    testMissed: 'Sendt {at} til {name}, IKKE kvitteret. SSP-lederen fik besked {toldAt}.',
    testNoChief: 'Forsøgt {at}, men ingen chefvagt stod på vagtplanen. SSP-lederen fik besked.',
    testNext: 'Næste prøvealarm: {next}.',
    leaders: 'SSP-leder (får besked om manglende kvittering og huller i vagtplanen): {names}.',
    noLeaders:
      'Ingen SSP-leder på varslingslisten. Tilføj lederen ved SSP Odense til SSP-bestyrelsen på varslingslisten.',
    gapsTitle: 'Huller i vagtplanen de næste 30 dage',
    gapsIntro:
      'Timer uden en aktiv SSP-chefvagt, eller hvor chefvagten ikke har en aktiv stedfortræder. Et varsel i et hul når ingen eller kan ikke eskaleres.',
    gapsNone: 'Ingen huller: alle timer de næste 30 dage har en chefvagt med stedfortræder.',
    gapsCount: '{hours} timer uden fuld dækning.',
    gapsSummary: '{hours} timer de næste 30 dage mangler fuld dækning på vagtplanen.',
    gapFrom: 'Fra',
    gapTo: 'Til',
    gapKind: 'Hvad mangler',
    gapHours: 'Timer',
  },
} as const;
