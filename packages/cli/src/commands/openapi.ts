import { writeFile } from 'node:fs/promises';
import { da, fill } from '@helhed/core';
import { buildOpenApiDocument } from '@helhed/server';
import { type ParsedArgs, UsageError } from '../args.ts';

/**
 * `helhed openapi [--out FILE]`: the API's OpenAPI document, as the server serves it at
 * /api/docs/json, built from the routes without a database (for client generators and the lint).
 */
export async function openApi(options: ParsedArgs['options']): Promise<void> {
  for (const option of Object.keys(options)) {
    if (option !== 'out') throw new UsageError(fill(da.cli.openApiUnknownOption, { option: `--${option}` }));
  }
  const out = typeof options.out === 'string' ? options.out : null;
  const document = await buildOpenApiDocument();
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (!out) {
    process.stdout.write(text);
    return;
  }
  await writeFile(out, text);
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  const operations = Object.values(paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
  process.stderr.write(`${fill(da.cli.openApiWritten, { file: out, operations: String(operations) })}\n`);
}
