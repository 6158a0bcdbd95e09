import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  AttendanceBody,
  CrisisMessageBody,
  MeetingBody,
  MeetingParams,
  MessageParams,
  SendResult,
} from '../contract/incidents.ts';
import { Created, IdParams, Ok } from '../contract/shared.ts';
import { approveMessage, draftCrisisMessage, sendMessage } from '../service/crisis-message.ts';
import { conveneMeeting, recordAttendance } from '../service/incident-steps.ts';
import type { AlertWorker } from '../service/worker.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Beredskab'];

export const incidentStepRoutes: FastifyPluginAsyncZod<{ db: Db; worker: AlertWorker | null }> = async (
  app,
  { db, worker },
) => {
  const run = { config: { access: 'alerting.incident.run' as const } };

  app.post(
    '/incidents/:id/meetings',
    {
      ...run,
      schema: {
        operationId: 'callIncidentMeeting',
        tags,
        params: IdParams,
        body: MeetingBody,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const meeting = await conveneMeeting(db, ctx, request.params.id, request.body);
      worker?.nudge();
      return reply.status(201).send(meeting);
    },
  );

  app.post(
    '/incidents/:id/meetings/:meetingId/attendance',
    {
      ...run,
      schema: {
        operationId: 'setMeetingAttendance',
        tags,
        params: MeetingParams,
        body: AttendanceBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      await recordAttendance(db, ctx, request.params.id, request.params.meetingId, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/incidents/:id/messages',
    {
      ...run,
      schema: {
        operationId: 'draftCrisisMessage',
        tags,
        params: IdParams,
        body: CrisisMessageBody,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(await draftCrisisMessage(db, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/incidents/:id/messages/:messageId/approve',
    {
      config: { access: 'alerting.message.approve' },
      schema: {
        operationId: 'approveCrisisMessage',
        tags,
        params: MessageParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      await approveMessage(db, ctx, request.params.id, request.params.messageId);
      return { ok: true as const };
    },
  );

  app.post(
    '/incidents/:id/messages/:messageId/send',
    {
      ...run,
      schema: {
        operationId: 'sendCrisisMessage',
        tags,
        params: MessageParams,
        response: { 200: SendResult, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const recipients = await sendMessage(db, ctx, request.params.id, request.params.messageId);
      worker?.nudge();
      return { recipients };
    },
  );
};
