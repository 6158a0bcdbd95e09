// Danish texts of sign-in through a kommune's identity provider, OpenID Connect or SAML
// (decisions/0035-federated-sign-in.md). Imported into da-accounts.ts as da.accounts.federation.

export const federation = {
  signInWith: 'Log ind med {organisation}',
  orLocal: 'Eller log ind med e-mail og adgangskode',
  breakGlassTitle: 'Nødadgang for administrator',
  localOff:
    'Log ind med e-mail og adgangskode er slået fra. Brug din organisations login; formularen herunder er kun til planens nødadministrator.',
  refusedTitle: 'Du blev ikke logget ind',
  /** Why a sign-in through a provider gave no session: shown on the sign-in page. */
  refusals: {
    'no-group':
      'Din organisation har ikke givet dig adgang til Helhed: du er ikke medlem af en gruppe, som planens administrator har knyttet til en rolle. Kontakt din leder eller planens administrator.',
    'several-plans':
      'Dine grupper giver adgang til flere planer. En konto hører til én plan; bed planens administrator om at rette gruppernes tilknytning.',
    'several-roles':
      'Dine grupper giver forskellige roller eller teams i planen. Bed planens administrator om at rette gruppernes tilknytning.',
    'no-email':
      'Din organisation sendte ingen e-mailadresse for dig. Helhed skal bruge den til advarsler og beskeder; kontakt jeres it-afdeling.',
    'email-taken':
      'Der findes allerede en konto med din e-mailadresse, som ikke er knyttet til din organisations login. Kontakt planens administrator.',
    deactivated: 'Din konto i Helhed er deaktiveret. Kontakt planens administrator.',
    'other-plan':
      'Din konto hører til en anden plan end den, dine grupper nu giver adgang til. Kontakt planens administrator.',
    'invalid-response': 'Svaret fra din organisations login kunne ikke godkendes. Prøv igen.',
    unsigned: 'Svaret fra din organisations login var ikke underskrevet og blev afvist.',
    expired: 'Svaret fra din organisations login var udløbet. Prøv igen.',
    'wrong-audience': 'Svaret fra din organisations login var udstedt til et andet system og blev afvist.',
    'wrong-issuer': 'Svaret kom ikke fra den organisation, Helhed er sat op til, og blev afvist.',
    replayed: 'Svaret fra din organisations login var allerede brugt og blev afvist. Log ind igen.',
    'state-mismatch': 'Login-forsøget var udløbet eller allerede brugt. Log ind igen.',
  },
  /** The details column of sign-in events in the audit log (stored as written here). */
  auditDetails: {
    signedIn: 'via {method} ({issuer})',
    refused: 'via {method}: {reason}',
    localOff: 'lokal log-ind er slået fra',
    noPassword: 'kontoen logger ind via organisationens login',
  },
  methods: { password: 'adgangskode', oidc: 'OpenID Connect', saml: 'SAML' },
  errors: {
    passwordElsewhere:
      'Din konto logger ind via din organisations login. Adgangskoden skiftes dér, ikke i Helhed.',
    roleFromGroups:
      'Kontoen logger ind via organisationens login: rolle og team kommer fra personens grupper. Ret gruppernes tilknytning under Grupper fra organisationens login.',
    adminNotMappable: 'Administratorrollen kan ikke gives gennem en gruppe; administratorer er lokale konti.',
    teamNotInPlan: 'Et af de valgte teams findes ikke i planen.',
    duplicateGroup: 'Samme gruppe står to gange for samme login. Skriv hver gruppe én gang.',
    providerOff: 'Det login er ikke sat op i denne installation.',
    providerUnavailable:
      'Din organisations login svarer ikke lige nu. Prøv igen om lidt, eller kontakt jeres it-afdeling.',
  },
  ui: {
    federatedAccount: 'logger ind via organisationens login',
    title: 'Grupper fra organisationens login',
    intro:
      'Her bestemmer du, hvilke grupper fra jeres organisations login (OpenID Connect eller SAML) der giver adgang til planen, med hvilken rolle og hvilket team. En person uden en af grupperne får ingen konto. Ændringer gælder fra personens næste login.',
    provider: 'Login',
    group: 'Gruppe (som organisationen sender den)',
    role: 'Rolle',
    team: 'Team',
    noTeam: 'Intet team',
    add: 'Tilføj gruppe',
    remove: 'Fjern {group}',
    /** The remove button's name while its row has no group yet. */
    removeRow: 'Fjern række {number}',
    removeColumn: 'Fjern',
    /** The name of one cell's control: the column's header and the row's number. */
    cellLabel: '{column}, række {number}',
    chooseRole: 'Vælg rolle',
    saveHint: 'Tabellen gemmes samlet: enten gemmes alle rækker, eller ingen af dem.',
    save: 'Gem grupper',
    saved: 'Grupperne er gemt.',
    empty: 'Ingen grupper er knyttet til planen endnu.',
    caption: 'Grupper og deres rolle i planen',
    configured: 'Sat op i denne installation: {providers}.',
    noneConfigured: 'Ingen organisations-login er sat op i denne installation endnu.',
  },
} as const;
