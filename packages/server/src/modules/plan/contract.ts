import { z } from 'zod';

export const PlanView = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  municipality: z.string(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
});
