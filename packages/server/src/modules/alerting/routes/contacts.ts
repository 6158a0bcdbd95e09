import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, contextOf, requireActor } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import type { AlertingConfig } from '../config.ts';
import {
  ActionCard,
  ContactBody,
  ContactList,
  ContactUpdateBody,
  ContactView,
  IdParams,
  Ok,
  SettingsBody,
  SettingsView,
  ShiftBody,
  ShiftList,
} from '../contract.ts';
import { presentContact } from '../presenters.ts';
import {
  findSettings,
  listContacts,
  listOrganisations,
  listShifts,
  updateSettings,
} from '../queries/contacts.ts';
import {
  CONTACT_GROUPS,
  GROUP_SEATS,
  KEPT_CURRENT_BY,
  LEVELS,
  MIN_MEETING_NOTICE_MINUTES,
  PROCEDURE,
} from '../seed-beredskab.ts';
import {
  addShift,
  confirmContactCurrent,
  createContact,
  editContact,
  removeShift,
} from '../service/contacts.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['Beredskab'];

function planActor(request: Parameters<typeof actorContextOf>[0]) {
  return { ...actorContextOf(request), planId: requireActor(request).plan.id };
}

function toValues(body: z.infer<typeof ContactUpdateBody>) {
  return {
    organisationId: body.organisationId,
    group: body.group,
    roleTitle: body.roleTitle,
    fullName: body.fullName,
    email: body.email,
    phone: body.phone ?? null,
    deputyId: body.deputyId ?? null,
    isActive: body.isActive ?? true,
  };
}

export const contactRoutes: FastifyPluginAsyncZod<{
  db: Db;
  config: AlertingConfig;
  smtp: boolean;
  sms: boolean;
}> = async (app, { db, smtp, sms }) => {
  app.get(
    '/action-card',
    {
      config: { access: 'alerting.incident.raise' },
      schema: { operationId: 'getActionCard', tags, response: { 200: ActionCard, ...errors } },
    },
    async (request) => ({
      keptCurrentBy: KEPT_CURRENT_BY,
      procedure: [...PROCEDURE],
      levels: (['red', 'yellow'] as const).map((level) => ({
        level,
        description: LEVELS[level].description,
        examples: [...LEVELS[level].examples],
      })),
      organisations: await listOrganisations(db, requireActor(request).plan.id),
      seats: CONTACT_GROUPS.map((group) => ({ group, organisations: [...GROUP_SEATS[group]] })),
      minMeetingNoticeMinutes: MIN_MEETING_NOTICE_MINUTES,
    }),
  );

  app.get(
    '/contacts',
    {
      config: { access: 'alerting.contacts.read' },
      schema: { operationId: 'listAlertContacts', tags, response: { 200: ContactList, ...errors } },
    },
    async (request) => {
      const rows = await listContacts(db, requireActor(request).plan.id);
      return { contacts: rows.map((row) => presentContact(request, row)) };
    },
  );

  app.post(
    '/contacts',
    {
      config: { access: 'alerting.contacts.manage' },
      schema: {
        operationId: 'createAlertContact',
        tags,
        body: ContactBody,
        response: { 200: ContactView, 201: ContactView, ...errors },
      },
    },
    async (request, reply) => {
      const { contact, isReplay } = await createContact(
        db,
        planActor(request),
        request.body.clientKey,
        toValues(request.body),
      );
      return reply.status(isReplay ? 200 : 201).send(presentContact(request, contact));
    },
  );

  app.put(
    '/contacts/:id',
    {
      config: { access: 'alerting.contacts.manage' },
      schema: {
        operationId: 'updateAlertContact',
        tags,
        params: IdParams,
        body: ContactUpdateBody,
        response: { 200: ContactView, ...errors },
      },
    },
    async (request) =>
      presentContact(
        request,
        await editContact(db, planActor(request), request.params.id, toValues(request.body)),
      ),
  );

  app.post(
    '/contacts/:id/confirm',
    {
      config: { access: 'alerting.contacts.manage' },
      schema: {
        operationId: 'confirmAlertContact',
        tags,
        params: IdParams,
        response: { 200: ContactView, ...errors },
      },
    },
    async (request) =>
      presentContact(request, await confirmContactCurrent(db, planActor(request), request.params.id)),
  );

  app.get(
    '/shifts',
    {
      config: { access: 'alerting.contacts.read' },
      schema: { operationId: 'listShifts', tags, response: { 200: ShiftList, ...errors } },
    },
    async (request) => {
      const now = new Date();
      const rows = await listShifts(db, requireActor(request).plan.id, new Date(now.getTime() - 86_400_000));
      return {
        shifts: rows.map((s) => {
          contextOf(request).audit.read('alert_contact', s.contact_id, 'rota');
          return {
            id: s.id,
            contactId: s.contact_id,
            fullName: s.full_name,
            startsAt: s.starts_at.toISOString(),
            endsAt: s.ends_at.toISOString(),
            isNow: s.starts_at <= now && s.ends_at > now,
          };
        }),
      };
    },
  );

  app.post(
    '/shifts',
    {
      config: { access: 'alerting.contacts.manage' },
      schema: {
        operationId: 'createShift',
        tags,
        body: ShiftBody,
        response: { 201: z.object({ id: z.uuid() }), ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await addShift(db, planActor(request), request.body)),
  );

  app.delete(
    '/shifts/:id',
    {
      config: { access: 'alerting.contacts.manage' },
      schema: { operationId: 'deleteShift', tags, params: IdParams, response: { 200: Ok, ...errors } },
    },
    async (request) => {
      await removeShift(db, planActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/settings',
    {
      config: { access: 'alerting.contacts.read' },
      schema: { operationId: 'getAlertingSettings', tags, response: { 200: SettingsView, ...errors } },
    },
    async (request) => {
      const s = await findSettings(db, requireActor(request).plan.id);
      return {
        escalationSeconds: s.escalation_seconds,
        ackValidHours: s.ack_valid_hours,
        smtpConfigured: smtp,
        smsConfigured: sms,
      };
    },
  );

  app.put(
    '/settings',
    {
      config: { access: 'alerting.settings.manage' },
      schema: {
        operationId: 'setAlertingSettings',
        tags,
        body: SettingsBody,
        response: { 200: SettingsView, ...errors },
      },
    },
    async (request) => {
      await withTransaction(db, actorContextOf(request), (trx) =>
        updateSettings(trx, requireActor(request).plan.id, request.body),
      );
      return { ...request.body, smtpConfigured: smtp, smsConfigured: sms };
    },
  );
};
