// Danish texts of the plans side by side (issue 20, item 6): the fixed indicators of every plan the
// user may compare for one year, and the plan's choice of which plans may see its figures.
// Part of da.reports as da.reports.comparison.

export const comparison = {
  title: 'Planerne side om side',
  navLabel: 'Side om side',
  intro:
    'De faste indikatorer fra den strategiske samarbejdsaftale (Landsbyggefondens overordnede mål) for din egen plan og for de planer, der har delt deres tal med den. Tallene er hver plans egen årlige opfølgning; små antal er skjult som i planens egne rapporter.',
  year: 'År',
  onlyOwn:
    'Ingen anden plan har delt sine faste indikatorer med jeres plan endnu. En plans leder eller administrator deler under "Del jeres tal" på sin egen side.',
  plansShown: 'Planer i sammenligningen: {plans}',
  ownMark: '{name} (jeres plan)',
  notInPlan: 'Indikatoren findes ikke i planen.',
  noFigures: 'Ingen tal for {year}.',
  columns: {
    plan: 'Plan',
    area: 'Boligområde',
    baseline: 'Baseline',
    previous: '{year}',
    value: '{year}',
    municipality: 'Kommunen',
    change: 'Udvikling',
  },
  sheetName: 'Side om side {year}',
  fileName: 'planer-side-om-side-{year}',
  share: {
    title: 'Del jeres tal',
    intro:
      'Vælg de planer, hvis ledere, administratorer og læsere må se jeres plans faste indikatorer for et år ved siden af deres egne. Kun de faste indikatorer deles, med små antal skjult; ingen forløb, deltagere eller andre registreringer. I kan tage delingen tilbage når som helst.',
    none: 'Der er ingen andre planer i installationen.',
    legend: 'Planer, der må se jeres faste indikatorer',
    submit: 'Gem delingen',
    pending: 'Gemmer …',
    saved: 'Delingen er gemt.',
  },
  errors: {
    unknownPlan: 'En af de valgte planer findes ikke i installationen.',
    ownPlan: 'En plan kan ikke dele med sig selv.',
    repeated: 'Den samme plan er valgt to gange.',
  },
} as const;
