import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  ApproveQuarterBody,
  QuarterApprovalQuery,
  QuarterApprovalView,
  ReopenQuarterBody,
  SendQuarterBackBody,
  SentBackList,
} from '../contract/quarter-approval.ts';
import {
  approveQuarter,
  quarterApprovalOf,
  reopenQuarter,
  sendQuarterBack,
  sentBackToMe,
} from '../service/quarter-approval.ts';
import type { SentBackMail } from '../service/sent-back-mail.ts';

const tags = ['Rapporter: godkendelse af kvartaler'];
const decided = { 200: QuarterApprovalView, ...errorResponses(400, 401, 403, 409) };

export const quarterApprovalRoutes: FastifyPluginAsyncZod<{ db: Db; mail: SentBackMail }> = async (
  app,
  { db, mail },
) => {
  app.get(
    '/quarter-approval',
    {
      config: { access: 'quarter-approval.read' },
      schema: {
        operationId: 'getQuarterApproval',
        tags,
        querystring: QuarterApprovalQuery,
        response: { 200: QuarterApprovalView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => quarterApprovalOf(db, contextOf(request), request.query.quarter),
  );

  app.get(
    '/quarter-approval/sent-back',
    {
      config: { access: 'quarter-approval.read' },
      schema: {
        operationId: 'listQuartersSentBackToMe',
        tags,
        response: { 200: SentBackList, ...errorResponses(401, 403) },
      },
    },
    async (request) => sentBackToMe(db, contextOf(request)),
  );

  app.post(
    '/quarter-approval/approve',
    {
      config: { access: 'quarter-approval.decide' },
      schema: { operationId: 'approveQuarter', tags, body: ApproveQuarterBody, response: decided },
    },
    async (request) => approveQuarter(db, contextOf(request), request.body.quarter),
  );

  app.post(
    '/quarter-approval/reopen',
    {
      config: { access: 'quarter-approval.decide' },
      schema: { operationId: 'reopenQuarter', tags, body: ReopenQuarterBody, response: decided },
    },
    async (request) => reopenQuarter(db, contextOf(request), request.body),
  );

  app.post(
    '/quarter-approval/send-back',
    {
      config: { access: 'quarter-approval.decide' },
      schema: { operationId: 'sendQuarterBack', tags, body: SendQuarterBackBody, response: decided },
    },
    async (request) => sendQuarterBack(db, contextOf(request), request.body, mail),
  );
};
