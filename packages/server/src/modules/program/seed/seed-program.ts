import type { Db } from '../../../platform/db/database.ts';
import { findProgramBySlug } from '../queries/program.ts';
import {
  insertContinuations,
  insertMethodNotes,
  insertPlan2016,
  insertProgram,
  insertRegister,
  lockProgramSeed,
} from '../queries/seed.ts';
import { readPlansSeed, readProgramSeed } from './seed-types.ts';

/**
 * Loads Program Vollsmose, the area's plan register and the 2016-2020 plan with its activities.
 * Runs inside the plan seed's transaction and lock; a program that exists is left alone.
 */
export async function seedProgramVollsmose(trx: Db): Promise<void> {
  await lockProgramSeed(trx);
  const seed = readProgramSeed();
  const existing = await findProgramBySlug(trx, seed.program.slug);
  if (existing) return;
  const plans = readPlansSeed();
  await insertPlan2016(trx, plans.plan2016);
  const programId = await insertProgram(trx, seed);
  await insertRegister(trx, programId, plans);
  await insertContinuations(trx, plans);
  await insertMethodNotes(trx, plans);
}
