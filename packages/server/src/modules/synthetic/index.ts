// The synthetic data module's public surface (the CLI's `helhed seed --synthetic`, the benchmark and
// tests). It has no routes: the CLI drives it. The reports read its synthetic_dataset table for their
// "Syntetiske data" mark with a query of their own, without importing this module.

export { findSyntheticDataset, type SyntheticDataset } from './queries/datasets.ts';
export {
  generateSyntheticData,
  SyntheticDataError,
  type SyntheticProgress,
  type SyntheticResult,
} from './service/generator.ts';
export {
  parseYears,
  type SyntheticOptions,
  SyntheticOptionsError,
  syntheticOptions,
} from './service/options.ts';
