import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  ActionCard,
  ContactBody,
  ContactList,
  ContactUpdateBody,
  ContactView,
  SettingsBody,
  SettingsView,
  ShiftBody,
  ShiftList,
} from '../contract/contacts.ts';
import { Created, IdParams, Ok } from '../contract/shared.ts';
import { confirmContactCurrent, createContact, editContact, listContactViews } from '../service/contacts.ts';
import { actionCard, type ChannelsConfigured, getSettings, saveSettings } from '../service/settings.ts';
import { addShift, listShiftViews, removeShift } from '../service/shifts.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Beredskab'];

/** The action card, the alert list, the rota and the settings (under /api/v1/alerting). */
export const contactRoutes: FastifyPluginAsyncZod<{ db: Db; channels: ChannelsConfigured }> = async (
  app,
  { db, channels },
) => {
  app.get(
    '/action-card',
    {
      config: { access: 'alerting.incident.raise' },
      schema: { operationId: 'getActionCard', tags, response: { 200: ActionCard, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return actionCard(db, ctx);
    },
  );

  app.get(
    '/contacts',
    {
      config: { access: 'alerting.contacts.read' },
      schema: { operationId: 'listAlertContacts', tags, response: { 200: ContactList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return listContactViews(db, ctx);
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
      const ctx = contextOf(request);
      const { contact, isReplay } = await createContact(db, ctx, request.body);
      return reply.status(isReplay ? 200 : 201).send(contact);
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
    async (request) => {
      const ctx = contextOf(request);
      return editContact(db, ctx, request.params.id, request.body);
    },
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
    async (request) => {
      const ctx = contextOf(request);
      return confirmContactCurrent(db, ctx, request.params.id);
    },
  );

  app.get(
    '/shifts',
    {
      config: { access: 'alerting.contacts.read' },
      schema: { operationId: 'listShifts', tags, response: { 200: ShiftList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return listShiftViews(db, ctx);
    },
  );

  app.post(
    '/shifts',
    {
      config: { access: 'alerting.contacts.manage' },
      schema: { operationId: 'createShift', tags, body: ShiftBody, response: { 201: Created, ...errors } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(await addShift(db, ctx, request.body));
    },
  );

  app.delete(
    '/shifts/:id',
    {
      config: { access: 'alerting.contacts.manage' },
      schema: { operationId: 'deleteShift', tags, params: IdParams, response: { 200: Ok, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      await removeShift(db, ctx, request.params.id);
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
      const ctx = contextOf(request);
      return getSettings(db, ctx, channels);
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
      const ctx = contextOf(request);
      return saveSettings(db, ctx, request.body, channels);
    },
  );
};
