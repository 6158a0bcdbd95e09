import { z } from 'zod';

// Registration's own vocabularies; the shared ones (referral sources, outcomes, contact kinds) are in
// core, the field schemas in the platform.

export const GENDERS = ['female', 'male', 'other', 'unspecified'] as const;
export const DECISIONS = ['pending', 'accepted', 'declined'] as const;
export const CASE_STATUSES = ['open', 'retention', 'closed'] as const;
