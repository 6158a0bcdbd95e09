import { z } from 'zod';

/** The record of processing (GDPR art. 30) as the administrator reads it. */
export const ProcessingRecordSchema = z.object({
  periods: z.array(z.object({ category: z.string(), period: z.string() })),
  activities: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      purpose: z.string(),
      subjects: z.string(),
      data: z.array(z.object({ table: z.string(), columns: z.array(z.string()) })),
      recipients: z.array(z.string()),
      retention: z.array(z.string()),
    }),
  ),
  safeguards: z.array(z.string()),
});

export type ProcessingRecord = z.output<typeof ProcessingRecordSchema>;
