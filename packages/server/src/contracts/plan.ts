// Request and response schemas of the plan API that the web app and the CLI may import.
export * from '../modules/plan/contract.ts';
