#!/usr/bin/env node
// Runs the compiled CLI (bin/compiled.js builds it when the sources changed). HELHED_FROM_SOURCE=1
// runs the TypeScript sources through tsx instead, e.g. to debug with the original files.
import { pathToFileURL } from 'node:url';

if (process.env.HELHED_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
} else {
  process.setSourceMapsEnabled(true);
  const { compiledEntry } = await import('./compiled.js');
  await import(pathToFileURL(await compiledEntry()).href);
}
