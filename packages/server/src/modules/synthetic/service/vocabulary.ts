import type {
  CONTACT_KINDS as CONTACT_KIND_VALUES,
  OUTCOMES as OUTCOME_VALUES,
  REFERRAL_SOURCES as REFERRAL_SOURCE_VALUES,
  ROUTED_TO,
} from '@helhed/core';

// The values the generator writes into enumerated columns are typed by the API's own vocabularies
// (registration's contract): a value the API would refuse does not compile (issue 17).

/** Weighted values as SQL literals for the generator's `pick`. */
function weighted<T extends string>(pairs: readonly (readonly [T, number])[]): (readonly [string, number])[] {
  return pairs.map(([value, weight]) => [`'${value}'`, weight] as const);
}

// Words the generator builds Danish-looking, clearly fictitious names and texts from.

export const AREA_FIRST = [
  'Birke',
  'Elme',
  'Kløver',
  'Lærke',
  'Rosen',
  'Hyld',
  'Ege',
  'Bøge',
  'Lyng',
  'Mølle',
  'Skov',
  'Engh',
  'Toft',
  'Fyrre',
  'Kastanje',
  'Hassel',
  'Valmue',
  'Bakke',
  'Strand',
  'Vinkel',
];
export const AREA_LAST = [
  'parken',
  'vang',
  'høj',
  'gården',
  'lund',
  'toften',
  'haven',
  'bakken',
  'engen',
  'løkken',
  'vænget',
  'marken',
];
export const DEPARTMENT_SUFFIX = ['Nord', 'Syd', 'Øst', 'Vest', 'Midt'];

export const MUNICIPALITIES = [
  'Aarhus Kommune',
  'Aalborg Kommune',
  'Esbjerg Kommune',
  'Randers Kommune',
  'Kolding Kommune',
  'Horsens Kommune',
  'Vejle Kommune',
  'Herning Kommune',
  'Silkeborg Kommune',
  'Næstved Kommune',
  'Slagelse Kommune',
  'Holbæk Kommune',
  'Viborg Kommune',
  'Svendborg Kommune',
  'Frederikshavn Kommune',
  'Køge Kommune',
  'Høje-Taastrup Kommune',
  'Albertslund Kommune',
  'Ishøj Kommune',
  'Hvidovre Kommune',
];

export const GOAL_TEXTS = [
  'Starte på uddannelse',
  'Få et fritidsjob',
  'Komme i praktik',
  'Lave en jobansøgning',
  'Deltage i en forening',
  'Styrke dansk i hverdagen',
  'Få overblik over økonomien',
  'Fastholde skolegang',
];

export const SAFETY_PLACES = [
  'Indgangen ved nr. 12',
  'Kælderen',
  'Legepladsen',
  'Parkeringspladsen',
  'Stien ved skolen',
  'Opgang C',
  'Vaskeriet',
  'Torvet',
];
export const SAFETY_SITUATIONS = [
  'Unge samlet om aftenen, beboere utrygge',
  'Hærværk på postkasser',
  'Knallertkørsel på stierne',
  'Råb og uro i opgangen',
  'Brand i containere',
  'Henvendelse om nabostrid',
  'Graffiti på gavlen',
  'Beboer bekymret for et barn',
];
type Route = (typeof ROUTED_TO)[number];
const ROUTE_SETS: Route[][] = [[], ['police'], ['ssp'], ['housing'], ['police', 'ssp'], ['children-youth']];
/** SQL literals of the routedTo arrays; each value is one the API's contract allows (checked by tsc). */
export const SAFETY_ROUTES = ROUTE_SETS.map((set) => `'{${set.join(',')}}'`);

export const CKS_ORGANISATIONS = ['SSP', 'Politi', 'Boligselskab', 'Skole', 'Klub', 'Afdelingsbestyrelse'];
export const CKS_AGREEMENTS = [
  'Fælles vandring i området næste uge',
  'Klubben holder åbent længere i ferien',
  'Belysning på stien meldes til boligselskabet',
  'Forældremøde om knallertkørsel',
  'Opfølgning på hærværk i kælderen',
];

export const REFERRAL_SOURCES = weighted<(typeof REFERRAL_SOURCE_VALUES)[number]>([
  ['jobcenter', 30],
  ['education-adviser', 8],
  ['uuo', 6],
  ['school', 12],
  ['daycare', 4],
  ['health-visitor', 4],
  ['ppr', 3],
  ['ssp', 7],
  ['self', 20],
  ['other', 6],
]);

export const OUTCOMES = weighted<(typeof OUTCOME_VALUES)[number]>([
  ['education-started', 12],
  ['ordinary-job', 14],
  ['internship-or-subsidy', 10],
  ['leisure-job', 8],
  ['closer-to-labour-market', 26],
  ['no-change', 15],
  ['dropped-out', 10],
  ['moved', 5],
]);

export const CONTACT_KINDS = weighted<(typeof CONTACT_KIND_VALUES)[number]>([
  ['meeting', 45],
  ['phone', 30],
  ['three-party', 10],
  ['home-visit', 10],
  ['other', 5],
]);
