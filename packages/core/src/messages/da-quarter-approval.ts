// Danish texts of a quarter's approval (issue 20, item 1): the leader approves, reopens (the whole
// quarter or one activity) or sends a quarter back to a worker; the report shows what changed after
// the approval. Imported into da.ts as da.quarterApproval.

export const quarterApproval = {
  title: 'Godkendelse af kvartalet',
  notApproved: '{quarter} er ikke godkendt.',
  approvedLine: 'Godkendt {date} af {name}',
  reopenedWhole: 'Hele kvartalet er genåbnet {date} af {name}. Begrundelse: {reason}',
  reopenedActivity: '{activity} er genåbnet {date} af {name}. Begrundelse: {reason}',
  lockNote:
    'Når kvartalet er godkendt, kan ingen oprette, rette eller slette forløb, kontakter, fremmøder, frivillige, tryghedshenvendelser og CKS-møder dateret i det, før en leder genåbner kvartalet eller en aktivitet.',
  notEnded: 'Kvartalet kan godkendes, når det er slut ({end}).',
  approve: 'Godkend kvartalet',
  approving: 'Godkender …',
  approved: '{quarter} er godkendt og låst.',
  unknownUser: 'en tidligere bruger',
  reopen: {
    summary: 'Genåbn',
    formTitle: 'Genåbn kvartalet eller en aktivitet',
    what: 'Hvad skal genåbnes',
    whole: 'Hele kvartalet',
    reason: 'Begrundelse (gemmes og vises i historikken)',
    submit: 'Genåbn',
    pending: 'Genåbner …',
    done: 'Genåbnet. Rettelser vises som ændret efter godkendelse.',
  },
  sendBack: {
    summary: 'Send tilbage til en medarbejder',
    formTitle: 'Send kvartalet tilbage til en medarbejder',
    to: 'Medarbejder',
    choose: 'Vælg medarbejder',
    message: 'Besked til medarbejderen',
    submit: 'Send tilbage',
    pending: 'Sender …',
    done: 'Sendt tilbage til {name}.',
    doneMailed: 'Sendt tilbage til {name}, som også har fået en e-mail om det.',
    doneMailFailed:
      'Sendt tilbage til {name}. E-mailen kunne ikke sendes; {name} ser beskeden øverst på Forløb og Rapporter.',
    doneNoMail: 'Sendt tilbage til {name}, som ser beskeden øverst på Forløb og Rapporter.',
  },
  // The e-mail to the worker: a notice and a link only. The leader's message stays in Helhed, since
  // it may name a registration and e-mail is no place for that.
  mail: {
    subject: 'Leverancemålingen for {quarter} er sendt tilbage til dig',
    text: 'Hej {name}\n\n{leader} har sendt leverancemålingen for {quarter} tilbage til dig med en besked i Helhed.\nLæs beskeden og ret registreringerne her: {link}\n\nDenne e-mail er sendt automatisk af Helhed.\n',
  },
  changes: {
    title: 'Ændret efter godkendelse',
    intro:
      'Disse tal er ændret, siden kvartalet blev godkendt {date}. Små tal vises som »x«, som i rapporten.',
    none: 'Ingen tal er ændret efter godkendelsen.',
    caption: 'Tal ændret efter godkendelsen',
    row: 'Række',
    figure: 'Tal',
    before: 'Ved godkendelsen',
    after: 'Nu',
    missing: '–',
    totals: 'I alt',
    outcome: 'Afsluttet: {outcome}',
    source: 'Henvisninger: {source}',
    area: 'Boligområde: {area}',
  },
  history: {
    title: 'Godkendelser, genåbninger og beskeder',
    caption: 'Historik for {quarter}',
    at: 'Tidspunkt',
    event: 'Hændelse',
    by: 'Af',
    text: 'Begrundelse eller besked',
    approved: 'Godkendt',
    reopenedWhole: 'Hele kvartalet genåbnet',
    reopenedActivity: 'Genåbnet: {activity}',
    sentBack: 'Sendt tilbage til {name}',
    hidden: 'Beskeden ses kun af modtageren og lederne.',
  },
  pack: {
    approved: 'Godkendt {date} af {name}',
    reopened: 'Godkendt {date} af {name}, genåbnet siden',
    notApproved: 'Ikke godkendt',
  },
  inbox: {
    title: 'Kvartaler sendt tilbage til dig',
    line: '{quarter} er sendt tilbage af {name} {date}: {message}',
    report: 'Se leverancemålingen for {quarter}',
  },
  errors: {
    locked:
      'Registreringen er dateret i et godkendt kvartal og er låst. Bed en leder om at genåbne kvartalet eller aktiviteten, hvis den skal rettes.',
    notEnded: 'Et kvartal kan først godkendes, når det er slut.',
    alreadyApproved: 'Kvartalet er allerede godkendt.',
    notApproved: 'Kvartalet er ikke godkendt, så der er intet at genåbne.',
    alreadyReopened: 'Det valgte er allerede genåbnet siden godkendelsen.',
    stillApproved: 'Kvartalet er godkendt og låst. Genåbn det, før du sender det tilbage.',
    recipientInvalid: 'Vælg en medarbejder eller leder i planen.',
    activityInvalid: 'Aktiviteten findes ikke i planen.',
    lockedQuarter: 'Låst kvartal: {quarter}',
  },
};
