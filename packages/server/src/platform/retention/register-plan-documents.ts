import type { RegisterEntry } from './register.ts';

/**
 * The milepælsplan and the plan's documents (migration 0024, issue 23): plan data for the board and
 * Landsbyggefonden, no resident's data. A milestone names its responsible staff member by user id
 * (the name is the account's); the uploaded PDFs (document_version.content, bytea) are plan
 * documents such as the board's kommissorium, which name organisations and roles, not residents.
 * The board (læser) may read and download all of it. Kept with the plan, as the plan's own text is.
 */
export const PLAN_DOCUMENT_COLUMNS: Record<string, RegisterEntry> = {
  milestone: {
    category: 'none',
    purpose: 'the milepælsplan: what a delaftale must reach by when; the responsible person is a user id',
    retention:
      'plan data: kept with the plan; a removed milestone keeps its row (removed_at) for the history',
    personal: [],
    other: ['text', 'status'],
  },
  milestone_reminder: {
    category: 'none',
    purpose: 'that the responsible person was e-mailed once a week before a milestone’s date',
    retention: 'plan data: kept with the milestone',
    personal: [],
    other: [],
  },
  document: {
    category: 'none',
    purpose: 'a plan document for the board and Landsbyggefonden (kommissorium, indberetningsskema, other)',
    retention: 'plan data: kept with the plan',
    personal: [],
    other: ['kind', 'title'],
  },
  document_version: {
    category: 'none',
    purpose:
      'each uploaded PDF of a plan document, kept as a version; plan documents, not personal data, which the board may download',
    retention: 'plan data: every version kept with the plan',
    personal: [],
    other: ['file_name'],
  },
};
