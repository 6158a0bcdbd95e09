import { da } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContextOf, requireActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import { listAreasWithDepartments } from '../../registration/index.ts';
import { CreatePhaseBody, ExportQuery, StatusQuery } from '../contract.ts';
import { Binary, Created, PhaseList, StatusView } from '../contract-views.ts';
import { insertPhase, listPhases } from '../queries/phases.ts';
import { today } from '../service/events.ts';
import { exportStatus } from '../service/export.ts';
import { progress, seesExactCounts, statusSeries, statusTable } from '../service/status.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['Genhusning'];

/** Phases and the aggregate status: no household is shown here, so the board may read it. */
export const statusRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/phases',
    {
      config: { access: 'rehousing.status.read' },
      schema: { operationId: 'listRehousingPhases', tags, response: { 200: PhaseList, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      const [phases, [areas, departments]] = await Promise.all([
        listPhases(db, actor.plan.id),
        listAreasWithDepartments(db, actor.plan.id),
      ]);
      return {
        phases: phases.map((p) => ({
          id: p.id,
          name: p.name,
          kind: p.kind,
          areaId: p.area_id,
          areaName: p.area_name,
          departmentId: p.department_id,
          departmentName: p.department_name,
          buildings: p.buildings,
          vacateOn: p.vacate_on,
          homes: p.homes,
        })),
        areas,
        departments: departments.map((d) => ({ id: d.id, name: d.name, areaId: d.area_id })),
      };
    },
  );

  app.post(
    '/phases',
    {
      config: { access: 'rehousing.manage' },
      schema: {
        operationId: 'createRehousingPhase',
        tags,
        body: CreatePhaseBody,
        response: { 200: Created, 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const input = request.body;
      const [areas, departments] = await listAreasWithDepartments(db, actor.plan.id);
      if (input.areaId && !areas.some((a) => a.id === input.areaId)) {
        throw fieldError('areaId', da.rehousing.errors.unknownArea);
      }
      const department = departments.find((d) => d.id === input.departmentId);
      if (input.departmentId && (!department || (input.areaId && department.area_id !== input.areaId))) {
        throw fieldError('departmentId', da.rehousing.errors.unknownDepartment);
      }
      const row = await withTransaction(db, actorContextOf(request), (trx) =>
        insertPhase(trx, {
          plan_id: actor.plan.id,
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
      return reply.status(row ? 201 : 200).send({ id: row?.id ?? null });
    },
  );

  app.get(
    '/status',
    {
      config: { access: 'rehousing.status.read' },
      schema: {
        operationId: 'getRehousingStatus',
        tags,
        querystring: StatusQuery,
        response: { 200: StatusView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const date = request.query.date ?? today();
      const exact = seesExactCounts(actor);
      const [table, series, progressView] = await Promise.all([
        statusTable(db, actor.plan.id, request.query.phaseId, date, exact),
        statusSeries(db, actor.plan.id, request.query.phaseId, date, exact),
        progress(db, actor.plan.id, request.query.phaseId, date, actor),
      ]);
      return { table, series, progress: progressView };
    },
  );

  app.get(
    '/status/export',
    {
      config: { access: 'rehousing.status.read' },
      schema: {
        operationId: 'exportRehousingStatus',
        tags,
        querystring: ExportQuery,
        response: { 200: Binary, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { phaseId, format } = request.query;
      const date = request.query.date ?? today();
      const body = await exportStatus(
        db,
        actor.plan.id,
        actor.plan.name,
        phaseId ?? null,
        date,
        seesExactCounts(actor),
        format,
      );
      return reply
        .header('content-type', EXPORT_FORMATS[format].contentType)
        .header('content-disposition', attachmentHeader(`genhusning-status-${date}`, format))
        .send(body);
    },
  );
};
