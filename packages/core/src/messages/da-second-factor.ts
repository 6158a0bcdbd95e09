// Danish texts of the second factor (TOTP and recovery codes; decisions/0027-second-factor.md).
// Imported into da.ts as da.secondFactor.

export const secondFactor = {
  auditActions: {
    'second-factor-verified': 'Totrinsbekræftelse godkendt',
    'second-factor-failed': 'Totrinsbekræftelse afvist',
    'second-factor-enabled': 'Totrinsbekræftelse slået til',
    'second-factor-removed': 'Totrinsbekræftelse slået fra',
    'second-factor-reset': 'Totrinsbekræftelse nulstillet',
    'recovery-codes-renewed': 'Nye gendannelseskoder',
  },
  /** The details column of the named audit events (stored in the log as written here). */
  auditDetails: {
    awaitingCode: 'adgangskode korrekt; venter på andet trin',
    totp: 'kode fra app',
    recoveryCode: 'gendannelseskode ({left} tilbage)',
    wrongCode: 'forkert kode ({count} af {max})',
    attemptsExhausted: 'for mange forkerte koder; sessionen er afsluttet',
    reset: '{count} sessioner afsluttet',
  },
  errors: {
    pending: 'Indtast koden fra din godkendelses-app for at fortsætte.',
    setupRequired:
      'Administratorer skal bruge totrinsbekræftelse. Opsæt den under Min konto, før du kan bruge administrationen.',
    invalidCode: 'Koden er forkert eller allerede brugt.',
    attemptsExhausted: 'For mange forkerte koder. Log ind igen.',
    alreadyEnabled: 'Totrinsbekræftelse er allerede slået til.',
    notStarted: 'Start opsætningen af totrinsbekræftelse først.',
    notEnabled: 'Totrinsbekræftelse er ikke slået til.',
    adminMustKeep: 'En administrator skal have totrinsbekræftelse og kan ikke slå den fra.',
    resetYourself: 'Du kan ikke nulstille din egen totrinsbekræftelse. Bed en anden administrator om det.',
    codeFormat: 'Skriv de 6 cifre fra appen eller en gendannelseskode.',
  },
  ui: {
    codeTitle: 'Totrinsbekræftelse',
    codeIntro:
      'Indtast koden fra din godkendelses-app. Har du mistet telefonen, så brug en gendannelseskode.',
    codeLabel: 'Kode fra app eller gendannelseskode',
    verify: 'Bekræft',
    verifying: 'Bekræfter …',
    sectionTitle: 'Totrinsbekræftelse',
    statusOn: 'Totrinsbekræftelse er slået til. Du har {left} ubrugte gendannelseskoder.',
    statusOff:
      'Totrinsbekræftelse er slået fra. Med den skal du ud over adgangskoden indtaste en kode fra en app på din telefon.',
    requiredIntro:
      'Som administrator skal du bruge totrinsbekræftelse. Opsæt den her, før du kan bruge resten af Helhed.',
    start: 'Opsæt totrinsbekræftelse',
    scanIntro:
      'Scan QR-koden med en godkendelses-app (fx Microsoft Authenticator eller Google Authenticator). Kan du ikke scanne, så skriv nøglen ind i appen.',
    qrAlt: 'QR-kode til godkendelses-appen. Nøglen står også som tekst herunder.',
    secretLabel: 'Nøgle til manuel indtastning',
    confirmLabel: 'Kode fra appen (6 cifre)',
    confirm: 'Slå totrinsbekræftelse til',
    enabled: 'Totrinsbekræftelse er slået til.',
    continue: 'Jeg har gemt koderne – fortsæt',
    requiredTitle: 'Opsæt totrinsbekræftelse',
    recoveryTitle: 'Dine gendannelseskoder',
    recoveryIntro:
      'Gem koderne et sikkert sted. Hver kode kan bruges én gang, hvis du ikke har telefonen. De vises kun nu.',
    currentCodeLabel: 'Nuværende kode fra appen',
    renew: 'Lav nye gendannelseskoder',
    remove: 'Slå totrinsbekræftelse fra',
    removed: 'Totrinsbekræftelse er slået fra.',
    resetButton: 'Nulstil totrinsbekræftelse',
    resetDone: 'Totrinsbekræftelsen for {name} er nulstillet. Personen er logget ud og kan opsætte den igen.',
  },
} as const;
