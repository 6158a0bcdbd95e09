/** The installation's program; the API answers 404 for a user whose plan is in no program. */
export const PROGRAM_SLUG = 'vollsmose';
