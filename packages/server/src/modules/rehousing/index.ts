// Genhusning's public face, for the app assembly (src/app.ts) and the CLI (src/index.ts). No other
// module uses this one; it reaches registration, plan and reports through their index files.

export { type RehousingOptions, rehousingRoutes } from './routes/index.ts';
export { loadFlyttehjaelpDemo, PhaseNotFound, rehousingStatusOutput } from './service/cli.ts';
export { householdHandover } from './service/handover.ts';
export { householdMergeStep } from './service/merge-step.ts';
export { eraseHousehold, householdRetention } from './service/retention.ts';
