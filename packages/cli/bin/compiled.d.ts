export const COMPILED_SOURCES: readonly string[];
export function compiledEntry(): Promise<string>;
