// Danish texts of acknowledging an alert (issue 16, items 1-3): the confirm page behind the link,
// the SMS code and its page, the inbound SMS webhook and four eyes on crisis messages.
// Imported into da.ts as da.alertingAck.

export const alertingAck = {
  page: {
    title: 'Kvittering for varsel',
    greeting: 'Til {name}',
    incident: '{level}: {category}, {location}. Sket {at}.',
    explain:
      'Tryk på knappen for at kvittere for varslet. Først når du har trykket, er varslet kvitteret; indtil da bliver det sendt videre til din stedfortræder.',
    button: 'Kvittér',
    ok: 'Tak, {name}. Din kvittering er registreret {at}.',
    okIncident: 'Hændelse: {category}, {location}.',
    used: 'Varslet er allerede kvitteret {at}. Du behøver ikke gøre mere.',
    expired: 'Linket er udløbet. Kontakt SSP-chefvagten direkte.',
    invalid:
      'Linket er ugyldigt. Kontrollér, at hele linket fra e-mailen er med, eller kontakt SSP-chefvagten.',
    formExpired: 'Siden var for gammel. Åbn linket fra e-mailen igen, og tryk på »Kvittér«.',
    crossSite:
      'Kvitteringen kom ikke fra Helheds egen side og er ikke registreret. Åbn linket fra e-mailen, og tryk på »Kvittér«.',
  },
  code: {
    title: 'Kvittér med SMS-kode',
    intro: 'Har du fået et varsel på SMS, kan du kvittere her med koden fra SMS’en og dit mobilnummer.',
    phone: 'Dit mobilnummer',
    code: 'Koden fra SMS’en (6 tegn)',
    button: 'Kvittér',
    ok: 'Tak, {name}. Din kvittering er registreret {at}.',
    unknown:
      'Koden passer ikke til et åbent varsel på dit nummer. Kontrollér koden og nummeret, eller kontakt SSP-chefvagten.',
    missing: 'Skriv både dit mobilnummer og koden.',
  },
  mail: {
    ackPrompt: 'Åbn linket, og tryk på »Kvittér« for at kvittere for modtagelsen:',
    smsCode:
      'Koden til SMS-kvittering er {code}: svar med koden på SMS’en, eller skriv den sammen med dit mobilnummer på {url}',
    sms: 'Beredskab {level}: {category}, {location}. Kvittér: svar {code} på denne SMS, eller åbn {link}',
    smsThanks: 'Tak, {name}. Din kvittering for varslet ({category}) er registreret.',
  },
  log: {
    acknowledgedBySms: '{name} har kvitteret for varslet med SMS-koden.',
    acknowledgedByCodePage: '{name} har kvitteret for varslet med SMS-koden på kvitteringssiden.',
    contactAdded: 'Varslingslisten er ændret af {actor}: {name} er tilføjet til {group}.',
    contactChanged: 'Varslingslisten er ændret af {actor}: {name} ({group}) er rettet: {fields}.',
    shiftAdded: 'Vagtplanen er ændret af {actor}: vagt for {name} {from} – {to} er tilføjet.',
    shiftRemoved: 'Vagtplanen er ændret af {actor}: vagt for {name} {from} – {to} er fjernet.',
    fields: {
      organisation: 'organisation',
      group: 'liste',
      roleTitle: 'funktion',
      fullName: 'navn',
      email: 'e-mail',
      phone: 'telefon',
      deputy: 'stedfortræder',
      active: 'aktiv',
    },
  },
  errors: {
    approverIsAuthor:
      'Du har selv skrevet krisemeddelelsen og kan ikke godkende den. Et andet medlem af SSP-forretningsudvalget skal godkende den.',
    approverJoinedDuring:
      'Du er kommet på forretningsudvalgets varslingsliste, efter hændelsen blev rejst, og kan derfor ikke godkende dens krisemeddelelser.',
    inboundOff: 'Modtagelse af SMS er ikke sat op (SMS_INBOUND_SECRET).',
    inboundSignature: 'Forespørgslen er ikke signeret korrekt.',
    inboundStale: 'Forespørgslens tidsstempel ligger uden for det tilladte tidsvindue.',
    inboundReplay: 'Forespørgslen er allerede modtaget.',
  },
} as const;
