// Program Vollsmose, the plan register and the knowledge base (videnbase): API and report texts.
export const program = {
  errors: {
    cprRefused:
      'Teksten indeholder noget, der ligner et CPR-nummer. Videnbasen må ikke indeholde personoplysninger, så teksten er ikke gemt. Fjern nummeret og prøv igen.',
    personalDataUnconfirmed:
      'Teksten ser ud til at indeholde en e-mailadresse eller et telefonnummer. Fjern dem, eller bekræft at de ikke er personoplysninger om borgere, og gem igen.',
    fileType: 'Bilag skal være PDF eller ren tekst.',
    fileTooLarge: 'Bilaget er for stort. Højst 512 kB.',
    fileNotBase64: 'Bilaget kunne ikke læses.',
    activityOutsidePrograms: 'Aktiviteten hører ikke til en plan i dit program.',
    continuationInvalid: 'En aktivitet kan kun videreføre en aktivitet fra en anden plan i samme program.',
    continuationUnknownActivity: 'Aktiviteten findes ikke i en af programmets planer.',
    continuationSamePlan: 'Vælg en aktivitet fra en anden plan.',
    continuationNotEarlier: 'Den videreførte aktivitet skal høre til en tidligere plan.',
    assessorRequired: 'Vælg hvem vurderingen er fra: ledelse, følgegruppe eller bestyrelse.',
    assessorOnlyForAssessments: 'Kun årlige vurderinger har en afsender.',
    entryWithdrawn: 'Indlægget er trukket tilbage og kan ikke længere rettes.',
    nothingChanged: 'Intet er ændret: ret titel, tekst eller år.',
  },
  report: {
    title: 'Program Vollsmose – rapport til Økonomiudvalget',
    footer: 'Helhed – Program Vollsmose',
    generatedAt: 'Dannet {date}',
    owner: 'Ejer: {owner}. Byrådsbeslutning {date}.',
    goalHeading: 'Mål {position}: {text}',
    noSeries: 'Der er endnu ingen tal knyttet til dette mål.',
    breakNote:
      'Brud i serien mellem {from} og {to}: «{before}» er ikke det samme som «{after}». Tallene kan ikke sammenlignes direkte.',
    seriesSheet: 'Tal over tid',
    activitiesHeading: 'Bidragende aktiviteter i den nuværende plan, leverancer {quarter}',
    noActivities: 'Ingen aktiviteter i den nuværende plan er knyttet til målet via indikatorer.',
    quarterNote:
      '"x" betyder, at et antal personer er skjult af hensyn til diskretion: små tal og tal, der ellers kunne regnes ud.',
    columns: {
      series: 'Serie',
      year: 'År',
      value: 'Værdi',
      unit: 'Enhed',
      definition: 'Definition',
      source: 'Kilde',
      activity: 'Aktivitet',
      focusArea: 'Indsatsområde',
      participants: 'Deltagere',
      casesStarted: 'Forløb startet',
      sessions: 'Gruppegange',
    },
    units: { pct: '%', per10000: 'pr. 10.000', count: 'antal', kr: 'kr.' },
  },
  assessors: { ledelse: 'Ledelse', foelgegruppe: 'Følgegruppe', bestyrelse: 'Bestyrelse' },
  entryKinds: { method_note: 'Metodenote', assessment: 'Årlig vurdering', document: 'Dokument' },
  cli: {
    usage:
      'Brug: helhed report program --program vollsmose --format pdf|json [--quarter 2025-Q1] [--out FIL]',
    unknownProgram: 'Programmet «{slug}» findes ikke.',
    written: 'Rapporten er skrevet til {file}.',
  },
} as const;
