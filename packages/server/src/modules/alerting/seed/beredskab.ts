// The facts of "Boligsocial beredskabsplan" (seed 004, last section of Boligsocial helhedsplan
// 2024-2028, BoligSocialt Hus), copied here so that the app never reads the source at run time.
// Organisations and roles only: persons are entered by the SSP leader, never invented.
import type { ContactGroup } from '../contract/shared.ts';

/** The groups alerted when the chief activates the plan, in the plan's order (procedure step 3). */
export const ACTIVATION_ORDER = ['ssp_fu', 'ssp_board', 'boligsocial_board'] as const;
export type AlertStage = 'ssp_chief' | (typeof ACTIVATION_ORDER)[number];

/** Where an unacknowledged alert goes after the deputy: the same organisation one level up. */
export const NEXT_LEVEL: Record<AlertStage, AlertStage | null> = {
  ssp_chief: 'ssp_fu',
  ssp_fu: 'ssp_board',
  ssp_board: 'boligsocial_board',
  boligsocial_board: null,
};

export const ORGANISATIONS = [
  'Fyns Politi',
  'Odense Kommune Børn- & Ungeforvaltningen',
  'Odense Kommune Beskæftigelses- & Socialforvaltningen',
  'Odense Kommune By- & Kulturforvaltningen',
  'Odense Kommune Sundhedsforvaltningen',
  'SSP Odense',
  'BoligSocialt Hus',
  'Fyns Almennyttige Boligselskab',
  'Civica',
  'Odense Boligselskab',
  'Arbejdernes Boligforening Odense',
  'CKS-netværkene',
] as const;

/** The seats of the action card: which organisations each group is made of, per the plan. */
export const GROUP_SEATS: Record<ContactGroup, readonly string[]> = {
  ssp_chief: ['SSP Odense'],
  ssp_board: [
    'Fyns Politi',
    'Odense Kommune Børn- & Ungeforvaltningen',
    'Odense Kommune Beskæftigelses- & Socialforvaltningen',
    'Odense Kommune By- & Kulturforvaltningen',
    'SSP Odense',
    'BoligSocialt Hus',
  ],
  ssp_fu: [
    'Fyns Politi',
    'Odense Kommune Børn- & Ungeforvaltningen',
    'Odense Kommune Beskæftigelses- & Socialforvaltningen',
    'Odense Kommune By- & Kulturforvaltningen',
    'Odense Kommune Sundhedsforvaltningen',
    'BoligSocialt Hus',
  ],
  boligsocial_board: [
    'BoligSocialt Hus',
    'Fyns Almennyttige Boligselskab',
    'Civica',
    'Odense Boligselskab',
    'Arbejdernes Boligforening Odense',
  ],
  cks: ['CKS-netværkene'],
};

export const LEVELS = {
  red: {
    description:
      'Proaktiv handling i forbindelse med drab, drabsforsøg, skyderi, bombeattentat, knivstikkeri mv.',
    examples: ['drab', 'drabsforsøg', 'skyderi', 'bombeattentat', 'knivstikkeri'],
  },
  yellow: {
    description:
      'Reaktivt varsel ifm. øvrig alvorlig kriminalitet, visitationszone og skærpet strafzone, vold mod myndighedsperson, alvorlige ulykker, utryghedsskabende episoder, planlagte demonstrationer mv.',
    examples: [
      'øvrig alvorlig kriminalitet',
      'visitationszone og skærpet strafzone',
      'vold mod myndighedsperson',
      'alvorlige ulykker',
      'utryghedsskabende episoder',
      'planlagte demonstrationer',
    ],
  },
} as const;

export const PROCEDURE = [
  'Alle parter bag den boligsociale beredskabsplan kan aktivere SSP-chefvagt. Dette sker på baggrund af en faglig risikovurdering hos politi, kommune og/eller boligsamarbejdet',
  'SSP-chefvagt aktiveres',
  'Forretningsudvalget for SSP, SSP-bestyrelsen og bestyrelsen for den boligsociale bestyrelse varsles (sidstnævnte af chefen for BoligSocialt Hus).',
  'CKS-netværk, beboere og lokaler skoler, institutioner og arbejdspladser mv. orienteres via SSP- bestyrelsens forretningsudvalg (den taktiske som fremgår af kontaktark)',
  'Der afholdes møde i SSP-forretningsudvalg. Ud fra vurderet alvorsgrad kan mødet indkaldes med et varsel på min. 30 minutter. Ved højt risikoniveau indkaldes således akut – uafhængigt af kontortid. Det er SSP-vagtchefen, der indkalder til mødet, som afholdes online.',
  'På mødet aftales krisehåndtering, krisekommunikation, samspil med øvrige iværksatte planer samt koordinering af udmeldinger om iværksatte indsatser.',
  'Der vil foretages løbende opdateringer indtil hændelsen afmeldes',
] as const;

/** Procedure step 5: the FU meeting needs this much notice unless the level is red. */
export const MIN_MEETING_NOTICE_MINUTES = 30;

export const KEPT_CURRENT_BY = 'lederen ved SSP Odense';
