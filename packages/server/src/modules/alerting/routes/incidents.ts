import { da } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { LiveStreams } from '../../../platform/auth/live-streams.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  ActivationResult,
  IncidentDetail,
  IncidentList,
  IncidentListQuery,
  IncidentView,
  LogBody,
  LogEntryView,
  RaiseIncidentBody,
} from '../contract/incidents.ts';
import { IdParams, Ok } from '../contract/shared.ts';
import { activatePlan } from '../service/activate-plan.ts';
import type { AlertingConfig } from '../service/config.ts';
import { addLogEntry, closeIncident } from '../service/incident-steps.ts';
import {
  exportTimeline,
  getIncidentDetail,
  listIncidentViews,
  watchIncident,
} from '../service/incident-views.ts';
import { raiseIncident } from '../service/raise-incident.ts';
import type { AlertWorker } from '../service/worker.ts';

const errors = errorResponses(400, 401, 403, 404, 409, 429);
const tags = ['Beredskab'];

export const incidentRoutes: FastifyPluginAsyncZod<{
  db: Db;
  config: AlertingConfig;
  worker: AlertWorker | null;
  liveStreams: LiveStreams;
}> = async (app, { db, config, worker, liveStreams }) => {
  const nudge = () => worker?.nudge();

  app.get(
    '/incidents',
    {
      config: { access: 'alerting.incident.read' },
      schema: {
        operationId: 'listIncidents',
        tags,
        querystring: IncidentListQuery,
        response: { 200: IncidentList, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return listIncidentViews(db, ctx, request.query);
    },
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
      const ctx = contextOf(request);
      const { incident, isReplay } = await raiseIncident(db, ctx, request.body, config.publicUrl);
      nudge();
      return reply.status(isReplay ? 200 : 201).send(incident);
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
    async (request) => {
      const ctx = contextOf(request);
      return getIncidentDetail(db, ctx, request.params.id);
    },
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
      const ctx = contextOf(request);
      const versionOf = await watchIncident(db, ctx, request.params.id);
      const raw = reply.raw;
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      const stop = () => {
        closed = true;
        clearInterval(timer);
      };
      // Throws STREAM_LIMIT (429, answered as JSON) before anything of the stream is sent.
      const release = liveStreams.open(ctx.actor, 'alerting.incident.read', (reason) => {
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
          const version = await versionOf();
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
        response: { 200: ActivationResult, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const alerted = await activatePlan(db, ctx, request.params.id, config.publicUrl);
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
      const ctx = contextOf(request);
      return reply.status(201).send(await addLogEntry(db, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/incidents/:id/close',
    {
      ...run,
      schema: { operationId: 'closeIncident', tags, params: IdParams, response: { 200: Ok, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      await closeIncident(db, ctx, request.params.id);
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
        const ctx = contextOf(request);
        const file = await exportTimeline(db, ctx, request.params.id, format);
        reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
        // A string with a JSON content type is sent as it is (Fastify serialises only objects).
        const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
        return reply.type(type).send(file.body);
      },
    );
  }
};
