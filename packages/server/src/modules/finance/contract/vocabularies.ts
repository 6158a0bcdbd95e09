// The finance module's own vocabularies: funding sources and cost-line kinds, as stored.
export const FUNDING_SOURCES = ['lbf', 'municipality', 'housing_organisations', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const COST_LINE_KINDS = ['salaries', 'activities', 'administration', 'evaluation', 'other'] as const;
export type CostLineKind = (typeof COST_LINE_KINDS)[number];

/**
 * A cost line's key in the API: the kind, and for salaries the indsatsområde's slug
 * ('salaries:beskaeftigelse'), so a budget cell is named by two short strings.
 */
export const LINE_KEY = /^(salaries:[a-z0-9][a-z0-9-]{0,99}|activities|administration|evaluation|other)$/;

/** Largest amount of one cell in whole kroner (1 milliard). */
export const MAX_KRONER = 1_000_000_000;
