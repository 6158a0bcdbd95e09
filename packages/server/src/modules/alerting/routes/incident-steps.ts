import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import {
  AttendanceBody,
  CrisisMessageBody,
  IdParams,
  MeetingBody,
  MeetingParams,
  MessageParams,
  Ok,
} from '../contract.ts';
import { approveMessage, draftCrisisMessage, sendMessage } from '../service/crisis-message.ts';
import { conveneMeeting, recordAttendance } from '../service/incident-steps.ts';
import type { AlertWorker } from '../service/worker.ts';
import { planActor } from './incidents.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['Beredskab'];
const Created = z.object({ id: z.uuid() });

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
      const meeting = await conveneMeeting(db, planActor(request), request.params.id, request.body);
      worker?.nudge();
      return reply.status(201).send({ id: meeting.id });
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
      await recordAttendance(
        db,
        planActor(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      );
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
    async (request, reply) =>
      reply
        .status(201)
        .send(await draftCrisisMessage(db, planActor(request), request.params.id, request.body)),
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
      await approveMessage(db, planActor(request), request.params.id, request.params.messageId);
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
        response: { 200: z.object({ recipients: z.number() }), ...errors },
      },
    },
    async (request) => {
      const recipients = await sendMessage(
        db,
        planActor(request),
        request.params.id,
        request.params.messageId,
      );
      worker?.nudge();
      return { recipients };
    },
  );
};
