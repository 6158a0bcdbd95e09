// Danish texts of account lifecycle, "Mine sessioner", handover and live-stream limits
// (decisions/0013-accounts-and-sign-in.md). Imported into da.ts as da.accounts.

import { federation } from './da-federation.ts';

export const accounts = {
  federation,
  auditActions: {
    deactivate: 'Deaktiveret',
    reactivate: 'Genaktiveret',
    'role-change': 'Rolle ændret',
    'team-change': 'Team ændret',
    'password-reset': 'Adgangskode nulstillet',
    'session-end': 'Session afsluttet',
    handover: 'Overdragelse',
  },
  /** The details column of the named audit events (stored in the log as written here). */
  auditDetails: {
    sessionsEnded: '{count} sessioner afsluttet',
    ownSession: 'egen session',
    allOtherSessions: 'alle andre ({count})',
    roleChanged: '{from} → {to}; {count} sessioner afsluttet',
    handover: 'fra {from} til {to}: {cases} forløb, {households} husstande',
  },
  errors: {
    notYourself: 'Du kan ikke deaktivere dig selv eller ændre din egen rolle.',
    lastAdmin: 'Planen skal have mindst én aktiv administrator.',
    handoverSame: 'Vælg en anden medarbejder at overdrage til.',
    handoverTarget: 'Der kan kun overdrages til en aktiv medarbejder eller leder i planen.',
    tooManyStreams:
      'Du har allerede 5 åbne direkte visninger. Luk en fane eller et vindue med en hændelse, og prøv igen.',
    streamEnded: 'Din session er slut. Log ind igen for at følge hændelsen.',
  },
  ui: {
    manageTitle: 'Administrér en bruger',
    manageIntro:
      'Vælg brugeren. Alle ændringer logger personen ud af alle sine sessioner og skrives i revisionsloggen.',
    user: 'Bruger',
    chooseUser: 'Vælg bruger',
    newRole: 'Ny rolle',
    saveRole: 'Skift rolle',
    roleChanged: 'Rollen for {name} er ændret til {role}. Personen er logget ud.',
    deactivate: 'Deaktivér bruger',
    deactivated: '{name} er deaktiveret og logget ud alle steder. Forløb og husstande kan overdrages.',
    reactivate: 'Genaktivér bruger',
    reactivated: '{name} er genaktiveret.',
    resetPassword: 'Nulstil adgangskode',
    passwordReset:
      'Ny engangsadgangskode til {name}: {password} — den vises kun nu. Giv den videre på en sikker måde; den skal skiftes ved næste login.',
    confirmDeactivate: 'Bekræft: deaktivér {name}',
    sessionsTitle: 'Mine sessioner',
    sessionsIntro:
      'Her er de steder, du er logget ind. Kender du ikke en af dem, så log den ud og skift din adgangskode.',
    sessionsCaption: 'Mine aktive sessioner',
    started: 'Logget ind',
    lastSeen: 'Senest brugt',
    address: 'Adresse',
    browser: 'Browser',
    thisSession: 'Denne session',
    endSession: 'Log ud',
    endSessionLabel: 'Log sessionen fra {address} ud',
    endOthers: 'Log ud alle andre steder',
    sessionEnded: 'Sessionen er logget ud.',
    othersEnded: 'Alle andre sessioner er logget ud.',
    unknown: 'Ukendt',
    handoverTitle: 'Overdragelse',
    handoverIntro:
      'Flyt alle åbne forløb og genhusningshusstande fra en medarbejder til en anden i ét trin, for eksempel når en medarbejder stopper.',
    from: 'Fra medarbejder',
    to: 'Til medarbejder',
    openCounts: '{cases} åbne forløb, {households} husstande',
    inactiveSuffix: '(deaktiveret)',
    handover: 'Overdrag',
    handedOver: '{cases} forløb og {households} husstande er overdraget fra {from} til {to}.',
  },
  cli: {
    listHeader: 'E-mail\tNavn\tRolle\tStatus\tSenest logget ind',
    active: 'aktiv',
    inactive: 'deaktiveret',
    never: 'aldrig',
    noSuchUser: 'Der findes ingen bruger med e-mailen {email}.',
    deactivated: 'Brugeren {email} er deaktiveret; {sessions} sessioner er afsluttet.',
    roleSet: 'Brugeren {email} har nu rollen {role}; {sessions} sessioner er afsluttet.',
    passwordReset:
      'Ny engangsadgangskode til {email} (skal skiftes ved næste login; {sessions} sessioner er afsluttet):',
    secondFactorReset:
      'Totrinsbekræftelsen for {email} er nulstillet; {sessions} sessioner er afsluttet. Den opsættes igen ved næste login.',
  },
} as const;
