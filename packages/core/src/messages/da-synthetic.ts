// Danish texts of the synthetic data generator (`helhed seed --synthetic`). The reports' label
// "Syntetiske data" lives with the reports (da.reports.syntheticShort).
// Imported into da.ts as da.synthetic.

export const synthetic = {
  cli: {
    starting:
      'Genererer syntetiske data ({mode}): {plans} planer, {residents} beboere, {cases} forløb, {contacts} kontakter, årene {from}–{to}, frø {seed} …',
    modeDemo: 'demo i Odense-planen',
    modePlans: 'nye syntetiske planer',
    progress: '  {table}: {rows} rækker ({seconds} s)',
    done: 'Færdig på {seconds} s: {total} rækker i alt. Planer: {plans}. Alle rækker er markeret som syntetiske.',
    bulkNote:
      'Masseindlæsning: rækkeudløsere (revision og fremmednøgletjek) var slået fra; revisionsloggen har én hændelse pr. tabel.',
    demoPlanMissing: 'Odense-planen ({slug}) findes ikke. Kør først `helhed seed`.',
    alreadyGenerated:
      'Der findes allerede syntetiske data med dette frø og disse tilvalg ({detail}). Vælg et andet frø med --seed.',
    invalidOption: 'Ugyldigt tilvalg --{option}. Se `helhed --help`.',
    needsSyntheticFlag: 'Tilvalgene --demo, --plans, --residents, --years og --seed kræver --synthetic.',
  },
};
