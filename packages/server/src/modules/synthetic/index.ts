// The synthetic data module's public surface (CLI, benchmark, reports and the web's label).
export {
  generateSyntheticData,
  SyntheticDataError,
  type SyntheticProgress,
  type SyntheticResult,
} from './generator.ts';
export { parseYears, type SyntheticOptions, SyntheticOptionsError, syntheticOptions } from './options.ts';
export {
  findNewestSyntheticDataset,
  findSyntheticDataset,
  listSyntheticDatasets,
  type SyntheticDataset,
} from './queries.ts';
