import { da } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, contextOf, requireActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import {
  CksMeetingBody,
  CksMeetingView,
  SafetyContactBody,
  SafetyContactView,
  VolunteerBody,
  VolunteerList,
  VolunteerQuery,
} from '../contract-groups.ts';
import {
  countNewVolunteers,
  listCksMeetings,
  listSafetyContacts,
  listVolunteers,
} from '../queries/situations.ts';
import { addCksMeeting, addSafetyContact, addVolunteer } from '../service/situations.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['Frivillige, tryghed og CKS'];
const SafetyList = z.object({ contacts: z.array(SafetyContactView) });
const CksList = z.object({ meetings: z.array(CksMeetingView) });

/**
 * Tryghed contacts and CKS agreements are free text about residents and places: every one shown is
 * a read in the audit log (issue 21).
 */
function auditReads<T extends { id: string }>(
  request: Parameters<typeof requireActor>[0],
  entityType: 'safety_contact' | 'cks_meeting',
  rows: T[],
): T[] {
  for (const row of rows) {
    contextOf(request).audit.read(entityType, row.id, 'safety');
  }
  return rows;
}

export const situationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  async function volunteerView(request: Parameters<typeof requireActor>[0], year: number) {
    const actor = requireActor(request);
    const rows = await listVolunteers(db, actor);
    for (const row of rows) {
      contextOf(request).audit.read('participant', row.participant_id, 'volunteering');
    }
    return {
      year,
      newInYear: await countNewVolunteers(db, actor.plan.id, year),
      volunteers: rows.map((r) => ({
        id: r.id,
        participantId: r.participant_id,
        displayName: r.display_name,
        startedOn: r.started_on,
      })),
    };
  }

  app.get(
    '/volunteers',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listVolunteers',
        tags,
        querystring: VolunteerQuery,
        response: { 200: VolunteerList, ...errors },
      },
    },
    async (request) => volunteerView(request, request.query.year ?? new Date().getUTCFullYear()),
  );

  app.post(
    '/volunteers',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createVolunteer',
        tags,
        body: VolunteerBody,
        response: { 201: VolunteerList, ...errors },
      },
    },
    async (request, reply) => {
      await addVolunteer(db, actorContextOf(request), requireActor(request), request.body);
      return reply.status(201).send(await volunteerView(request, Number(request.body.startedOn.slice(0, 4))));
    },
  );

  app.get(
    '/safety-contacts',
    {
      config: { access: 'registration.read' },
      schema: { operationId: 'listSafetyContacts', tags, response: { 200: SafetyList, ...errors } },
    },
    async (request) => ({
      contacts: auditReads(
        request,
        'safety_contact',
        await listSafetyContacts(db, requireActor(request)),
      ).map((c) => ({
        id: c.id,
        occurredOn: c.occurred_on,
        reportedBy: c.reported_by as z.infer<typeof SafetyContactView>['reportedBy'],
        areaId: c.area_id,
        place: c.place,
        situation: c.situation,
        routedTo: c.routed_to as z.infer<typeof SafetyContactView>['routedTo'],
        followUp: c.follow_up,
        followedUpOn: c.followed_up_on,
      })),
    }),
  );

  app.post(
    '/safety-contacts',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createSafetyContact',
        tags,
        body: SafetyContactBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await addSafetyContact(db, actorContextOf(request), requireActor(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/cks-meetings',
    {
      config: { access: 'registration.read' },
      schema: { operationId: 'listCksMeetings', tags, response: { 200: CksList, ...errors } },
    },
    async (request) => ({
      meetings: auditReads(request, 'cks_meeting', await listCksMeetings(db, requireActor(request))).map(
        (m) => ({
          id: m.id,
          heldOn: m.held_on,
          areaId: m.area_id,
          attendance: m.attendance,
          agreements: m.agreements,
        }),
      ),
    }),
  );

  app.post(
    '/cks-meetings',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createCksMeeting',
        tags,
        body: CksMeetingBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await addCksMeeting(db, actorContextOf(request), requireActor(request), request.body);
      return reply.status(204).send(null);
    },
  );
};
