import fc from 'fast-check';

// One seed for every property test (decision 0020). CI runs the fixed seed, so a run passes or
// fails the same way every time; fast-check prints the seed and the path of a failure, and
// `HELHED_PROPERTY_SEED=<seed> npx vitest run <file>` replays it. `npm run explore:properties`
// runs the same properties with fresh seeds and more runs; every counterexample found that way is
// kept as a named regression case beside the property.
export const DEFAULT_PROPERTY_SEED = 20261203;

const raw = process.env.HELHED_PROPERTY_SEED;
const seed = raw === undefined || raw === '' ? DEFAULT_PROPERTY_SEED : Number(raw);
if (!Number.isSafeInteger(seed)) throw new Error(`HELHED_PROPERTY_SEED must be a whole number, got "${raw}"`);
const factor = Number(process.env.HELHED_PROPERTY_RUNS_FACTOR ?? 1);

fc.configureGlobal({
  seed,
  // Exploration multiplies the runs of properties that name none (fast-check's default is 100).
  ...(factor > 1 ? { numRuns: Math.round(100 * factor) } : {}),
  // Show the seed even when the property's own message is cut short.
  verbose: 1,
});
