// Danish texts of merging two records of one person and undoing it (issue 17). Imported into da.ts
// as da.merge.

export const merge = {
  errors: {
    sameRecord: 'Vælg en anden deltager: en deltager kan ikke lægges sammen med sig selv.',
    alreadyMerged: 'Deltageren er allerede lagt sammen med en anden og findes ikke længere for sig selv.',
    erased: 'En slettet deltager kan ikke lægges sammen.',
    undoExpired: 'Sammenlægningen er mere end 30 dage gammel og kan ikke længere fortrydes.',
    alreadyUndone: 'Sammenlægningen er allerede fortrudt.',
    keptChanged:
      'Den bevarede deltager er siden slettet eller selv lagt sammen med en anden. Fortryd den senere sammenlægning først.',
  },
  auditActions: {
    merge: 'Sammenlægning',
    'merge-undo': 'Sammenlægning fortrudt',
  },
  /** The details column of the named audit events (stored in the log as written here). */
  auditDetails: {
    merged:
      '{merged} lagt sammen med {kept}: {cases} forløb, {referrals} henvisninger, {enrolments} holdtilmeldinger, {volunteering} frivilligperioder',
    undone: '{merged} skilt fra {kept} igen',
  },
  exportPage: {
    mergedRecords: 'Sammenlagte registreringer af samme person',
    name: 'Navn',
    registeredOn: 'Registreret',
    mergedOn: 'Lagt sammen',
    reason: 'Begrundelse',
    consents: 'Samtykker (givet den: registrering, statistik, samarbejdspartnere)',
  },
  purposes: {
    forRegistration: 'registrering',
    forStatistics: 'statistik',
    forPartnerContact: 'kontakt til samarbejdspartnere',
  },
  ui: {
    open: 'Læg sammen med en dublet',
    intro:
      'Er to registreringer den samme person, lægges de sammen: forløb, henvisninger, kontakter, holdtilmeldinger, frivilligperioder og delinger flyttes til denne deltager. Den anden forsvinder fra lister og søgninger. Sammenlægningen kan fortrydes i 30 dage.',
    suggestions: 'Mulige dubletter af denne deltager',
    noSuggestions: 'Ingen lignende navne blandt de deltagere, du kan se. Søg efter den anden registrering.',
    choose: 'Vælg',
    search: 'Søg efter den anden registrering',
    chosen: 'Lægges sammen med denne: {name}',
    moves: 'Flyttes hertil fra {name}',
    movesCounts: '{cases} forløb, {referrals} henvisninger, {shares} delinger',
    consentTitle: 'Samtykke efter sammenlægningen',
    consentIntro:
      'Samtykket bliver aldrig bredere: kun det, begge registreringer havde samtykke til, gælder.',
    narrowed: 'Samtykket indsnævres: {purposes} gælder ikke længere.',
    narrowedPartners: 'Samarbejdspartnere, der ikke længere er samtykke til: {partners}.',
    notNarrowed: 'Samtykket er det samme som nu.',
    purposeAllowed: '{purpose}: ja',
    purposeNotAllowed: '{purpose}: nej',
    partners: 'Samarbejdspartnere: {partners}',
    reason: 'Begrundelse',
    reasonHint: 'Fx: samme person, registreret to gange af to teams.',
    submit: 'Læg sammen',
    submitting: 'Lægger sammen …',
    cancel: 'Vælg en anden',
    done: '{name} er lagt sammen med denne deltager.',
    historyTitle: 'Sammenlægninger',
    mergedWith: 'Sammenlagt med {name} den {date}',
    undone: 'Fortrudt den {date}',
    undo: 'Fortryd sammenlægning',
    undoDeadline: 'Kan fortrydes til og med {date}.',
    undoExpired: 'Fristen for at fortryde er udløbet.',
    undoing: 'Fortryder …',
    undoneDone: 'Sammenlægningen er fortrudt: {name} er en deltager for sig igen.',
    erasedName: 'slettet deltager',
    consentFromMerge:
      'Indsnævret ved en sammenlægning: kun det, begge registreringer havde samtykke til, gælder.',
  },
};
