import { da } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import { listAreasWithDepartments } from '../../registration/index.ts';
import type { CreatePhaseInput } from '../contract/requests.ts';
import { insertPhase, listPhases } from '../queries/phases.ts';
import { presentPhase } from './presenters.ts';

/** The plan's phases with the areas and departments a new phase may name. */
export async function phaseList(db: Db, ctx: RequestContext) {
  const planId = ctx.actor.plan.id;
  const [phases, [areas, departments]] = await Promise.all([
    listPhases(db, planId),
    listAreasWithDepartments(db, planId),
  ]);
  return {
    phases: phases.map(presentPhase),
    areas,
    departments: departments.map((d) => ({ id: d.id, name: d.name, areaId: d.area_id })),
  };
}

/** Adds a phase (etape) of the physical plan; idempotent on clientKey (the id is null on a replay). */
export async function createPhase(db: Db, ctx: RequestContext, input: CreatePhaseInput) {
  const planId = ctx.actor.plan.id;
  const [areas, departments] = await listAreasWithDepartments(db, planId);
  if (input.areaId && !areas.some((a) => a.id === input.areaId)) {
    throw fieldError('areaId', da.rehousing.errors.unknownArea);
  }
  const department = departments.find((d) => d.id === input.departmentId);
  if (input.departmentId && (!department || (input.areaId && department.area_id !== input.areaId))) {
    throw fieldError('departmentId', da.rehousing.errors.unknownDepartment);
  }
  const row = await withTransaction(db, ctx, (trx) =>
    insertPhase(trx, {
      plan_id: planId,
      client_key: input.clientKey,
      name: input.name,
      kind: input.kind,
      area_id: input.areaId ?? null,
      department_id: input.departmentId ?? null,
      buildings: input.buildings,
      vacate_on: input.vacateOn ?? null,
      homes: input.homes,
    }),
  ).catch((error: { code?: string }) => {
    if (error.code === '23505') throw new AppError('CONFLICT');
    throw error;
  });
  return { id: row?.id ?? null };
}
