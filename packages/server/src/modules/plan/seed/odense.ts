// The Odense plan as the seed documents state it (seed 004, "Strategisk samarbejdsaftale":
// "Samarbejdsaftalen gælder fra - til: 01.10.2024 – 30.09.2028"). The full plan content
// (areas, indsatsområder, goals, indicators) is loaded by the plan module's seed.
export const ODENSE_PLAN = {
  slug: 'odense-2024-2028',
  name: 'BoligSocialt Hus 2024-2028',
  municipality: 'Odense Kommune',
  periodStart: '2024-10-01',
  periodEnd: '2028-09-30',
} as const;
