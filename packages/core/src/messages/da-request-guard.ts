// Danish texts of the request guard: URLs the router cannot read, text PostgreSQL cannot store,
// and import files too large once unpacked. Imported into da.ts as da.requestGuard.

export const requestGuard = {
  urlInvalid: 'Adressen kan ikke læses: den indeholder en ugyldig %-kode eller er for lang.',
  textUnstorable:
    'Teksten indeholder tegn, der ikke kan gemmes (et nul-tegn, et halvt tegnpar eller ugyldig UTF-8). Ret teksten, og prøv igen.',
  textUnstorableField:
    'Feltet indeholder tegn, der ikke kan gemmes (nul-tegn, halvt tegnpar eller ugyldig UTF-8).',
  importUnpackedTooLarge:
    'Filen fylder mere end 50 MB, når den pakkes ud, eller er ikke en gyldig XLSX-fil. Del den op i mindre filer.',
  importTooManyRows: 'Filen har flere end 100.000 rækker. Del den op i mindre filer.',
} as const;
