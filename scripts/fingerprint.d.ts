/** The fingerprint of the files below `roots` (files or folders), relative to `base`. */
export function fingerprint(base: string, roots: readonly string[]): string;
