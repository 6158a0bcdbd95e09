// Every Danish text in Helhed lives in this file: UI, error messages, console messages and e-mails.
// Keys are grouped by module. The object is typed by its own shape, so a missing key is a compile error.

import { accounts } from './da-accounts.ts';
import { alerting } from './da-alerting.ts';
import { alertingAck } from './da-alerting-ack.ts';
import { alertingAlive } from './da-alerting-alive.ts';
import { auditPurposes } from './da-audit-purposes.ts';
import { boardReview } from './da-board-review.ts';
import { consent } from './da-consent.ts';
import { database } from './da-database.ts';
import { exportPdf } from './da-export.ts';
import { finance } from './da-finance.ts';
import { imports } from './da-import.ts';
import { merge } from './da-merge.ts';
import { milestones } from './da-milestones.ts';
import { planApi } from './da-plan-api.ts';
import { planAsOf } from './da-plan-as-of.ts';
import { planDocuments } from './da-plan-documents.ts';
import { planUi } from './da-plan-ui.ts';
import { program } from './da-program.ts';
import { programUi } from './da-program-ui.ts';
import { quarterApproval } from './da-quarter-approval.ts';
import { registration } from './da-registration.ts';
import { registrationUi } from './da-registration-ui.ts';
import { rehousing } from './da-rehousing.ts';
import { rehousingUi } from './da-rehousing-ui.ts';
import { reports } from './da-reports.ts';
import { requestGuard } from './da-request-guard.ts';
import { retention } from './da-retention.ts';
import { secondFactor } from './da-second-factor.ts';
import { situationCorrections } from './da-situation-corrections.ts';
import { synthetic } from './da-synthetic.ts';

export const da = {
  consent,
  finance,
  exportPdf,
  database,
  imports,
  accounts,
  secondFactor,
  program,
  programUi,
  rehousing,
  rehousingUi,
  reports,
  requestGuard,
  retention,
  synthetic,
  registration,
  registrationUi,
  situationCorrections,
  merge,
  alerting,
  alertingAck,
  alertingAlive,
  planUi,
  planAsOf,
  boardReview,
  quarterApproval,
  milestones,
  planDocuments,
  app: {
    name: 'Helhed',
    tagline: 'Boligsocial helhedsplan',
  },
  roles: {
    admin: 'Administrator',
    leader: 'Leder',
    worker: 'Medarbejder',
    reader: 'Læser (bestyrelse og partnere)',
    alerting: 'Beredskab',
    program_reader: 'Programlæser (fx Økonomiudvalget)',
  },
  errors: {
    notFound: 'Siden eller ressourcen findes ikke.',
    routeNotFound: 'Adressen findes ikke i Helheds API.',
    validation: 'Oplysningerne er ikke gyldige.',
    malformedBody: 'Forespørgslen kunne ikke læses. Tjek at den er gyldig JSON.',
    unsupportedMediaType: 'Indholdstypen understøttes ikke. Send application/json.',
    bodyTooLarge: 'Forespørgslen er for stor.',
    unauthenticated: 'Du er ikke logget ind, eller din session er udløbet.',
    forbidden: 'Du har ikke adgang til dette.',
    csrf: 'Forespørgslen mangler et gyldigt sikkerhedstoken. Genindlæs siden og prøv igen.',
    rateLimited: 'For mange forsøg. Vent lidt og prøv igen.',
    internal: 'Der opstod en uventet fejl. Prøv igen, eller kontakt en administrator med fejl-id',
    conflict: 'Oplysningerne strider mod noget, der allerede er gemt.',
    databaseUnavailable: 'Databasen svarer ikke.',
  },
  validation: {
    required: 'Feltet skal udfyldes.',
    invalidEmail: 'Skriv en gyldig e-mailadresse.',
    passwordTooShort: 'Adgangskoden skal være på mindst 12 tegn.',
    passwordTooLong: 'Adgangskoden må højst være på 128 tegn.',
    invalidRole: 'Ukendt rolle.',
    invalidUuid: 'Skal være et gyldigt id (UUID).',
    invalidDate: 'Skriv en gyldig dato (ÅÅÅÅ-MM-DD).',
    tooLong: 'Teksten er for lang.',
    unknownField: 'Ukendt felt.',
    invalidValue: 'Ugyldig værdi.',
    pageSize: 'En side kan vise 1 til {max} rækker.',
    pageOffset: 'Skriv et helt tal fra 0 og op for, hvor listen starter.',
    unknownSort: 'Listen kan ikke sorteres efter det felt.',
    // Every free-text field refuses a CPR number (databeskyttelsesloven § 11); see core's pii-guard.
    cprNotAllowed: 'Skriv ikke CPR-numre i Helhed. Fjern tallet, der ligner et CPR-nummer.',
  },
  auth: {
    signInTitle: 'Log ind',
    email: 'E-mail',
    password: 'Adgangskode',
    signIn: 'Log ind',
    signingIn: 'Logger ind …',
    signOut: 'Log ud',
    invalidCredentials: 'Forkert e-mail eller adgangskode.',
    inactive: 'Kontoen er deaktiveret.',
    mustChangePassword: 'Du skal vælge en ny adgangskode, før du kan fortsætte.',
    changePasswordTitle: 'Vælg ny adgangskode',
    currentPassword: 'Nuværende adgangskode',
    newPassword: 'Ny adgangskode (mindst 12 tegn)',
    repeatPassword: 'Gentag ny adgangskode',
    passwordsDiffer: 'De to adgangskoder er ikke ens.',
    passwordSameAsOld: 'Den nye adgangskode skal være forskellig fra den gamle.',
    changePassword: 'Gem ny adgangskode',
    passwordChanged: 'Adgangskoden er ændret.',
    wrongCurrentPassword: 'Den nuværende adgangskode er forkert.',
    signedInAs: 'Logget ind som',
  },
  nav: {
    label: 'Hovedmenu',
    skipToContent: 'Spring til indhold',
    plan: 'Plan',
    participants: 'Deltagere',
    cases: 'Forløb',
    reports: 'Rapporter',
    alerting: 'Beredskab',
    admin: 'Administration',
    accessibility: 'Tilgængelighedserklæring',
  },
  users: {
    title: 'Brugere',
    create: 'Opret bruger',
    displayName: 'Navn',
    email: 'E-mail',
    role: 'Rolle',
    status: 'Status',
    active: 'Aktiv',
    inactive: 'Deaktiveret',
    lastSignIn: 'Senest logget ind',
    never: 'Aldrig',
    created: 'Brugeren er oprettet.',
    createdNamed: 'Brugeren {name} er oprettet.',
    emailTaken: 'Der findes allerede en bruger med den e-mail.',
    initialPassword: 'Første adgangskode (mindst 12 tegn; skal skiftes ved første login)',
    intro: 'Alle, der kan logge ind i planen. Nye brugere vælger selv en adgangskode ved første login.',
    mustChangePassword: 'Skal vælge ny adgangskode',
    createIntro: 'Giv den nye bruger den første adgangskode på en sikker måde, for eksempel mundtligt.',
    creating: 'Opretter …',
    noUsers: 'Ingen brugere matcher filteret.',
  },
  audit: {
    purposes: auditPurposes,
    title: 'Revisionslog',
    intro:
      'Alle opslag i og ændringer af personoplysninger og alle login. Loggen kan ikke ændres eller slettes.',
    when: 'Tidspunkt',
    actor: 'Bruger',
    action: 'Handling',
    entity: 'Type',
    entityId: 'Post-id',
    fromAddress: 'Fra adresse',
    details: 'Detaljer',
    search: 'Søg',
    from: 'Fra dato',
    to: 'Til dato',
    noResults: 'Ingen hændelser matcher søgningen.',
    actorContains: 'Brugerens e-mail indeholder',
    allActions: 'Alle handlinger',
    entityHint: 'Teknisk navn, for eksempel app_user.',
    system: 'System',
    results: 'Hændelser i revisionsloggen',
    paging: 'Sider i revisionsloggen',
    dateOrder: 'Til dato skal være samme dag som fra dato eller senere.',
    actions: {
      read: 'Opslag',
      create: 'Oprettet',
      update: 'Ændret',
      delete: 'Slettet',
      'sign-in': 'Login',
      'sign-in-failed': 'Mislykket login',
      'sign-out': 'Log ud',
      export: 'Eksport',
      ...accounts.auditActions,
      ...merge.auditActions,
      ...secondFactor.auditActions,
    },
  },
  cli: {
    usage: 'Brug: helhed <kommando> [tilvalg]',
    firstAdminCreated:
      'Første administrator er oprettet.\n  Åbn {url} og log ind med\n  E-mail:      {email}\n  Adgangskode: {password}\n  Adgangskoden er engangs: du vælger en ny ved første login.',
    listening: 'Helhed kører på {url}',
    embeddedStarting: 'Starter den indbyggede PostgreSQL i {dir} …',
    dataDirInUse:
      'Datamappen {dir} bruges allerede af en anden Helhed-proces (pid {pid}). Stop den først, eller brug en anden mappe med HELHED_DATA_DIR.',
    orphanStopped: 'En efterladt PostgreSQL-proces (pid {pid}) fra en tidligere kørsel blev stoppet.',
    embeddedBinariesUnusable:
      'De indbyggede PostgreSQL-programmer ({package}) findes ikke eller kan ikke køres af brugeren {user}: {detail}',
    embeddedNoAccess:
      'PostgreSQL-brugeren {user} kan ikke komme ind i mappen {path}. Giv adgang (fx chmod o+x {path}), eller brug en anden datamappe med HELHED_DATA_DIR.',
    embeddedSystemUserFailed: 'Kunne ikke oprette en systembruger til PostgreSQL: {detail}',
    embeddedStartFailed: 'Den indbyggede PostgreSQL kunne ikke starte (se {log}): {detail}',
    shuttingDown: 'Lukker ned …',
    passwordPrompt: 'Adgangskode (læses fra standard input): ',
    userAdded: 'Brugeren {email} er oprettet med rollen {role}.',
    migrated: 'Databasen er opdateret til seneste version.',
    backupWritten: 'Sikkerhedskopi skrevet til {file} ({rows} rækker).',
    restored: 'Sikkerhedskopien {file} er indlæst ({rows} rækker).',
    backupInvalid: 'Filen er ikke en gyldig Helhed-sikkerhedskopi.',
    backupPassphraseMissing:
      'Sæt HELHED_BACKUP_PASSPHRASE til en lang adgangssætning: sikkerhedskopier krypteres. Skriv --plaintext for at skrive en ukrypteret fil alligevel.',
    backupPassphraseShort: 'HELHED_BACKUP_PASSPHRASE skal være mindst {min} tegn.',
    backupKeyWrong:
      'Sikkerhedskopien kan ikke dekrypteres: adgangssætningen er forkert, eller filen er ændret. Intet er indlæst.',
    backupWrittenPlain: 'Ukrypteret sikkerhedskopi skrevet til {file} ({rows} rækker). Opbevar den sikkert.',
    unknownCommand: 'Ukendt kommando: {command}',
    missingOption: 'Tilvalget --{option} mangler.',
    openApiWritten: 'API-beskrivelsen (OpenAPI, {operations} operationer) er skrevet til {file}.',
    openApiUnknownOption: 'Ukendt tilvalg: {option}. Brug: helhed openapi [--out FIL]',
  },
  plan: {
    title: 'Plan',
    intro: 'Den boligsociale helhedsplan, du arbejder i.',
    name: 'Navn',
    slug: 'Kort navn',
    period: 'Periode',
    periodRange: '{start} til {end}',
  },
  planApi,
  modules: {
    participants:
      'Her kommer oversigten over helhedsplanens deltagere og deres tilknytning til planens indsatser.',
    cases: 'Her kommer deltagernes forløb med mål, aftaler, notater og afslutning.',
    reports:
      'Her kommer rapporter om planens aktiviteter og resultater til bestyrelse og samarbejdspartnere.',
    alerting: 'Her kommer beredskabet med kontakter og handleplaner, når der sker noget akut i boligområdet.',
  },
  admin: {
    title: 'Administration',
    intro: 'Her opretter du brugere og gennemser revisionsloggen. Kun administratorer har adgang.',
    subnav: 'Administration, undermenu',
  },
  accessibility: {
    title: 'Tilgængelighedserklæring',
    target:
      'Målet er, at Helhed lever op til WCAG 2.1 på niveau AA, så alle kan bruge systemet, også med tastatur, skærmlæser eller forstørrelse.',
    statusTitle: 'Sådan står det til',
    status:
      'Helhed er under udvikling. Hver skærm testes automatisk med værktøjet axe og gennemgås med tastatur. Automatiske test finder ikke alle problemer, og systemet er endnu ikke testet systematisk med skærmlæser, så der kan være fejl, vi ikke kender.',
    reportTitle: 'Sådan melder du et problem',
    report:
      'Kontakt administratoren af din helhedsplan, hvis du ikke kan bruge en del af Helhed. Skriv, hvilken side det drejer sig om, hvad du prøvede at gøre, og hvilket hjælpemiddel du bruger. Så retter vi fejlen og hjælper dig med oplysningerne på en anden måde imens.',
  },
  web: {
    loading: 'Henter …',
    saving: 'Gemmer …',
    unexpectedError: 'Der opstod en uventet fejl. Prøv igen.',
    networkError: 'Helhed kunne ikke kontaktes. Tjek forbindelsen, og prøv igen.',
    unexpectedResponse: 'Serveren sendte et svar, som Helhed ikke kunne læse. Prøv igen.',
    formHasErrors: 'Ret de markerede felter, og prøv igen.',
    retry: 'Prøv igen',
    filter: 'Filtrér',
    filterResult: 'Viser {shown} af {total}.',
    previous: 'Forrige',
    next: 'Næste',
    pageStatus: 'Viser {from}–{to} af {total}.',
    pageBeyond: 'Der er ingen rækker på denne side; listen har {total}.',
    search: 'Søg',
    clearSearch: 'Nulstil',
    anyValue: 'Alle',
    empty: 'Ikke angivet',
    notFoundTitle: 'Siden findes ikke',
    notFoundText: 'Adressen findes ikke i Helhed. Tjek stavningen, eller brug menuen.',
    goToStart: 'Gå til forsiden',
    forbiddenTitle: 'Ingen adgang',
    errorTitle: 'Der opstod en fejl',
    planLabel: 'Plan:',
  },
} as const;

export type Messages = typeof da;

/** Replaces {name} placeholders in a message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
