import { da, fill } from '@helhed/core';
import { migrateToLatest, runRetention } from '@helhed/server';
import { withDatabase } from '../database.ts';

/** `helhed retention run`: the same deletion rule the server runs at start and daily. */
export async function retentionRun(): Promise<void> {
  await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    const result = await runRetention(db);
    process.stdout.write(
      `${fill(da.registration.cli.retentionDone, { months: result.months, count: result.erased, households: result.households, situations: result.situations })}\n`,
    );
  });
}
