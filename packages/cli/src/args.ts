import { da, fill } from '@helhed/core';

export interface ParsedArgs {
  command: string[];
  options: Record<string, string | true>;
}

/** `users add --email a@b --role leder` → { command: ['users','add'], options: { email, role } } */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const command: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) options[name] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        options[name] = next;
        i += 1;
      } else options[name] = true;
    } else command.push(arg);
  }
  return { command, options };
}

export class UsageError extends Error {}

export function requireOption(options: ParsedArgs['options'], name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '')
    throw new UsageError(fill(da.cli.missingOption, { option: name }));
  return value;
}
