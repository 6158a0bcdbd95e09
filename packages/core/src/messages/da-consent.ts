// Issue 15 (items 5 and 6): consent to statistics in the reports, the proof of consent after
// erasure, and the leader's publishing of a course evaluation to the videnbase.
export const consent = {
  errors: {
    evaluationPersonalData:
      'Teksten indeholder noget, der ligner personoplysninger. Fjern det nedenfor, før evalueringen offentliggøres.',
    evaluationEmpty: 'Skriv den tekst, der skal offentliggøres.',
    evaluationNotFinished: 'Holdet har ingen evaluering endnu. Medarbejderen skriver den ved afslutningen.',
  },
  findings: {
    name: 'Navn på en deltager i planen: »{value}«',
    cpr: 'CPR-nummer: »{value}«',
    email: 'E-mailadresse: »{value}«',
    phone: 'Telefonnummer: »{value}«',
  },
  ui: {
    publishSection: 'Offentliggør i videnbasen',
    publishIntro:
      'Evalueringen vises kun i videnbasen, når en leder har offentliggjort den. Læsere og programlæsere kan se den offentliggjorte tekst. Tjek teksten: navne på planens deltagere, CPR-numre, e-mailadresser og telefonnumre afvises.',
    publishText: 'Tekst til videnbasen',
    acceptedNames: 'Ord der ligner et navn, men ikke handler om en person (ét pr. linje)',
    acceptedNamesHint: 'Fx »Per« i »per uge«. Kun ord der er fundet som navne, kan godkendes.',
    publish: 'Offentliggør',
    unpublish: 'Træk tilbage fra videnbasen',
    published: 'Offentliggjort {date} af {name}.',
    notPublished: 'Ikke offentliggjort. Evalueringen ses kun af holdets team og ledere.',
    findingsHeading: 'Fjern dette, før du offentliggør',
    publishedSaved: 'Evalueringen er offentliggjort i videnbasen.',
    unpublishedSaved: 'Evalueringen er trukket tilbage fra videnbasen.',
    onlyLeader: 'Kun en leder kan offentliggøre evalueringen i videnbasen.',
    unpublishedInKnowledge: 'Ikke offentliggjort: kun synlig for holdets team og ledere.',
    consentWithdrawnBy: 'Trukket tilbage af {name}.',
  },
} as const;
