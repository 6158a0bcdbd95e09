#!/usr/bin/env node
// Runs the compiled CLI (bin/compiled.js builds it when the sources changed). HELHED_FROM_SOURCE=1
// runs the TypeScript sources through tsx instead, e.g. to debug with the original files.
// HELHED_SOURCE_MAPS=1 makes stack traces name the TypeScript files; it is off by default because
// Node reads the bundle's source map (about 9 MB) when it loads, which slows every start.
import { pathToFileURL } from 'node:url';

if (process.env.HELHED_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
} else {
  if (process.env.HELHED_SOURCE_MAPS === '1') process.setSourceMapsEnabled(true);
  const { compiledEntry } = await import('./compiled.js');
  await import(pathToFileURL(await compiledEntry()).href);
}
