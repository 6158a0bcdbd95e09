import type { OperationId, Role } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../access/request-context.ts';
import type { LiveStreams } from '../auth/live-streams.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { HandoverAnswer, HandoverBody, LifecycleAnswer, SetUserRoleBody, UserIdParams } from './contract.ts';
import { type HandoverSteps, handOver } from './handover.ts';
import { applyLifecycleStep, type LifecycleStep } from './lifecycle.ts';
import { presentUser } from './present.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['Brugere'];

/** Deactivate, reactivate, change role, reset password, hand over (lifecycle.ts, handover.ts). */
export const userLifecycleRoutes: FastifyPluginAsyncZod<{
  db: Db;
  liveStreams: LiveStreams;
  handover: HandoverSteps;
}> = async (app, { db, liveStreams, handover }) => {
  const step = (
    path: string,
    operationId: OperationId,
    toStep: (body: unknown) => LifecycleStep,
    body?: typeof SetUserRoleBody,
  ) =>
    app.post(
      path,
      {
        config: { access: 'users.edit' },
        schema: {
          operationId,
          tags,
          params: UserIdParams,
          ...(body ? { body } : {}),
          response: { 200: LifecycleAnswer, ...errors },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        const result = await applyLifecycleStep(
          db,
          ctx,
          ctx.actor.plan.id,
          request.params.id,
          toStep(request.body),
        );
        // This process's open live streams of the person end now; others at their next re-check.
        liveStreams.endUser(request.params.id);
        return { ...result, user: presentUser(ctx, result.user) };
      },
    );
  step('/:id/deactivate', 'deactivateUser', () => ({ kind: 'deactivate' }));
  step('/:id/reactivate', 'reactivateUser', () => ({ kind: 'reactivate' }));
  step('/:id/reset-password', 'resetUserPassword', () => ({ kind: 'reset-password' }));
  step('/:id/reset-second-factor', 'resetUserSecondFactor', () => ({ kind: 'reset-second-factor' }));
  step(
    '/:id/role',
    'setUserRole',
    (body) => ({ kind: 'role', role: (body as { role: Role }).role }),
    SetUserRoleBody,
  );

  app.post(
    '/:id/handover',
    {
      config: { access: 'users.handover' },
      schema: {
        operationId: 'handOverCaseload',
        tags,
        params: UserIdParams,
        body: HandoverBody,
        response: { 200: HandoverAnswer, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return handOver(db, ctx, ctx.actor.plan.id, request.params.id, request.body.toUserId, handover);
    },
  );
};
