import { da } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, contextOf, requireActor } from '../../../platform/access/request-context.ts';
import type { LiveStreams } from '../../../platform/auth/live-streams.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { AlertingConfig } from '../config.ts';
import {
  IdParams,
  IncidentDetail,
  IncidentList,
  IncidentView,
  LogBody,
  LogEntryView,
  Ok,
  RaiseIncidentBody,
} from '../contract.ts';
import { loadIncidentDetail, presentIncident } from '../presenters.ts';
import { findIncident, incidentVersion, listIncidents } from '../queries/incidents.ts';
import { activatePlan } from '../service/activate-plan.ts';
import { addLogEntry, closeIncident } from '../service/incident-steps.ts';
import { raiseIncident } from '../service/raise-incident.ts';
import { buildTimeline, timelineCsv } from '../service/timeline.ts';
import type { AlertWorker } from '../service/worker.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['Beredskab'];

export function planActor(request: Parameters<typeof actorContextOf>[0]) {
  return { ...actorContextOf(request), planId: requireActor(request).plan.id };
}

export const incidentRoutes: FastifyPluginAsyncZod<{
  db: Db;
  config: AlertingConfig;
  worker: AlertWorker | null;
  liveStreams: LiveStreams;
}> = async (app, { db, config, worker, liveStreams }) => {
  const nudge = () => worker?.nudge();

  async function detailOf(request: Parameters<typeof requireActor>[0], id: string) {
    const planId = requireActor(request).plan.id;
    const incident = await findIncident(db, planId, id);
    if (!incident) throw new AppError('NOT_FOUND');
    return loadIncidentDetail(db, request, planId, incident);
  }

  app.get(
    '/incidents',
    {
      config: { access: 'alerting.incident.read' },
      schema: { operationId: 'listIncidents', tags, response: { 200: IncidentList, ...errors } },
    },
    async (request) => ({
      incidents: (await listIncidents(db, requireActor(request).plan.id)).map(presentIncident),
    }),
  );

  app.post(
    '/incidents',
    {
      config: { access: 'alerting.incident.raise' },
      schema: {
        operationId: 'raiseIncident',
        tags,
        body: RaiseIncidentBody,
        response: { 200: IncidentView, 201: IncidentView, ...errors },
      },
    },
    async (request, reply) => {
      const body = { ...request.body, areaSlug: request.body.areaSlug ?? null };
      const { incident, isReplay } = await raiseIncident(db, planActor(request), body, config.publicUrl);
      nudge();
      return reply.status(isReplay ? 200 : 201).send(presentIncident(incident));
    },
  );

  app.get(
    '/incidents/:id',
    {
      config: { access: 'alerting.incident.read' },
      schema: {
        operationId: 'getIncident',
        tags,
        params: IdParams,
        response: { 200: IncidentDetail, ...errors },
      },
    },
    async (request) => detailOf(request, request.params.id),
  );

  // Server-sent events: a "change" event whenever what the live page shows has changed. The stream
  // polls the database, so changes made by the worker or by another server process are seen too.
  // It follows its session (platform/auth/live-streams.ts): at most 5 per user, and it ends with an
  // "end" event when the session ends or no longer grants the read, and before the server closes.
  app.get(
    '/incidents/:id/events',
    {
      config: { access: 'alerting.incident.read' },
      schema: {
        operationId: 'streamIncidentEvents',
        tags,
        params: IdParams,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const planId = requireActor(request).plan.id;
      const id = request.params.id;
      if (!(await findIncident(db, planId, id))) throw new AppError('NOT_FOUND');
      const raw = reply.raw;
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      const stop = () => {
        closed = true;
        clearInterval(timer);
      };
      // Throws STREAM_LIMIT (429, answered as JSON) before anything of the stream is sent.
      const release = liveStreams.open(requireActor(request), 'alerting.incident.read', (reason) => {
        if (closed) return;
        stop();
        if (reason === 'session-ended') {
          raw.write(`event: end\ndata: ${JSON.stringify({ message: da.accounts.errors.streamEnded })}\n\n`);
        }
        raw.end();
      });
      reply.hijack();
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      let last = '';
      const tick = async () => {
        if (closed) return;
        try {
          const version = await incidentVersion(db, planId, id);
          // Ended while the query ran: a write after the end would be an error on the response.
          if (closed) return;
          if (version !== last) {
            last = version;
            raw.write(`event: change\ndata: ${JSON.stringify({ version })}\n\n`);
          } else {
            raw.write(': keep-alive\n\n');
          }
        } catch {
          // The database is briefly away: the next tick tries again, the browser keeps its stream.
        }
      };
      // The response's close: the stream ended here, or the browser went away (tab closed).
      const finish = () => {
        stop();
        release();
      };
      raw.on('close', finish);
      if (raw.destroyed) finish();
      await tick();
      if (!closed) timer = setInterval(() => void tick(), 1000);
    },
  );

  const run = { config: { access: 'alerting.incident.run' as const } };

  app.post(
    '/incidents/:id/activate',
    {
      ...run,
      schema: {
        operationId: 'activateIncident',
        tags,
        params: IdParams,
        response: { 200: z.object({ alerted: z.number() }), ...errors },
      },
    },
    async (request) => {
      const alerted = await activatePlan(db, planActor(request), request.params.id, config.publicUrl);
      nudge();
      return { alerted };
    },
  );

  app.post(
    '/incidents/:id/log',
    {
      ...run,
      schema: {
        operationId: 'logIncidentEntry',
        tags,
        params: IdParams,
        body: LogBody,
        response: { 201: LogEntryView, ...errors },
      },
    },
    async (request, reply) => {
      const row = await addLogEntry(db, planActor(request), request.params.id, request.body);
      return reply.status(201).send({
        id: row.id,
        kind: row.kind as 'update' | 'decision',
        text: row.text,
        actor: row.actor_label,
        at: row.created_at.toISOString(),
      });
    },
  );

  app.post(
    '/incidents/:id/close',
    {
      ...run,
      schema: { operationId: 'closeIncident', tags, params: IdParams, response: { 200: Ok, ...errors } },
    },
    async (request) => {
      await closeIncident(db, planActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  for (const format of ['json', 'csv'] as const) {
    app.get(
      `/incidents/:id/timeline.${format}`,
      {
        ...run,
        schema: {
          operationId: format === 'csv' ? 'exportIncidentTimelineCsv' : 'exportIncidentTimelineJson',
          tags,
          params: IdParams,
          response: { 200: z.string(), ...errors },
        },
      },
      async (request, reply) => {
        const detail = await detailOf(request, request.params.id);
        if (detail.incident.status !== 'closed') throw new AppError('INCIDENT_NOT_CLOSED');
        contextOf(request).audit.exported('incident', detail.incident.id, 'incidentTimeline', format);
        const events = buildTimeline(detail);
        const name = `tidslinje-${detail.incident.id}.${format}`;
        reply.header('content-disposition', `attachment; filename="${name}"`);
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(timelineCsv(events));
        // A string with a JSON content type is sent as it is (Fastify serialises only objects).
        const exported = {
          incident: detail.incident,
          alerts: detail.alerts,
          meetings: detail.meetings,
          crisisMessages: detail.crisisMessages,
          timeline: events,
        };
        const json = JSON.stringify(exported, null, 2);
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );
  }
};
