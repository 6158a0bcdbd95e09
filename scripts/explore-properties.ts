// Explores the property tests with fresh seeds (decision 0020). CI always runs the fixed seed of
// packages/server/test/property-seed.ts; this runs every test file that uses fast-check with
// --rounds new random seeds and --factor times the runs, and prints each seed with its outcome.
// A failure prints the command that replays it; keep its counterexample as a named regression
// case beside the property, then fix the code.
// Run: npm run explore:properties -- [--rounds 3] [--factor 5] [--seed N] [file filter]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const rounds = Number(option('rounds') ?? 3);
const factor = Number(option('factor') ?? 5);
const fixedSeed = option('seed');
const filter = args[0] ?? '';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'e2e') return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith('.test.ts') && readFileSync(full, 'utf8').includes("from 'fast-check'")
      ? [full]
      : [];
  });
}

const files = testFiles('packages').filter((file) => file.includes(filter));
console.log(`property test files: ${files.length}; ${rounds} round(s), ${factor}× runs`);
let failures = 0;
for (let round = 0; round < rounds; round++) {
  const seed = fixedSeed ?? String(Math.floor(Math.random() * 2 ** 31));
  const env = { ...process.env, HELHED_PROPERTY_SEED: seed, HELHED_PROPERTY_RUNS_FACTOR: String(factor) };
  const result = spawnSync('npx', ['vitest', 'run', ...files], { env, encoding: 'utf8' });
  const ok = result.status === 0;
  console.log(`seed ${seed}: ${ok ? 'passed' : 'FAILED'}`);
  if (!ok) {
    failures += 1;
    console.log(
      result.stdout
        .split('\n')
        .filter((line) => /FAIL|Counterexample|seed|×/.test(line))
        .join('\n'),
    );
    console.log(`replay: HELHED_PROPERTY_SEED=${seed} npx vitest run ${files.join(' ')}`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
