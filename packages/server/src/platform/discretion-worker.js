// The discretion worker's entry when the server runs from its TypeScript sources (tests, tsx): a
// worker thread starts without the parent's loader, so it registers tsx before importing the job.
// The compiled build has its own entry of the same name, bundled from discretion-job.ts.
import { register } from 'tsx/esm/api';

register();
await import('./discretion-job.ts');
