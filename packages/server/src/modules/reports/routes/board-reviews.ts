import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  BoardReviewExportQuery,
  BoardReviewList,
  BoardReviewParams,
  BoardReviewReportQuery,
  BoardReviewView,
  BoardReviewYearQuery,
  RecordBoardReviewBody,
  WithdrawBoardReviewBody,
} from '../contract/board-review.ts';
import { boardReviewFile } from '../service/board-review-export.ts';
import {
  boardReviewsOfYear,
  recordBoardReview,
  reviewedReportFile,
  withdrawReview,
} from '../service/board-reviews.ts';
import { sendFile } from './file-reply.ts';

const tags = ['Rapporter: bestyrelsens gennemgang'];
const file = z.any().describe('application/pdf or XLSX');

export const boardReviewRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/board-reviews',
    {
      config: { access: 'board-review.read' },
      schema: {
        operationId: 'listBoardReviews',
        tags,
        querystring: BoardReviewYearQuery,
        response: { 200: BoardReviewList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => boardReviewsOfYear(db, contextOf(request), request.query.year),
  );

  app.post(
    '/board-reviews',
    {
      config: { access: 'board-review.record' },
      schema: {
        operationId: 'recordBoardReview',
        tags,
        body: RecordBoardReviewBody,
        response: { 201: BoardReviewView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const review = await recordBoardReview(db, contextOf(request), request.body);
      return reply.code(201).send(review);
    },
  );

  app.post(
    '/board-reviews/:id/withdraw',
    {
      config: { access: 'board-review.record' },
      schema: {
        operationId: 'withdrawBoardReview',
        tags,
        params: BoardReviewParams,
        body: WithdrawBoardReviewBody,
        response: { 200: BoardReviewView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => withdrawReview(db, contextOf(request), request.params.id, request.body.reason),
  );

  app.get(
    '/board-reviews/:id/report',
    {
      config: { access: 'board-review.read' },
      schema: {
        operationId: 'getReviewedReport',
        tags,
        params: BoardReviewParams,
        querystring: BoardReviewReportQuery,
        response: { 200: file, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const { content, name } = await reviewedReportFile(db, contextOf(request), request.params.id, format);
      return sendFile(reply, name, format, content);
    },
  );

  app.get(
    '/board-reviews/export',
    {
      config: { access: 'board-review.read' },
      schema: {
        operationId: 'exportBoardReviews',
        tags,
        querystring: BoardReviewExportQuery,
        response: { 200: file, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { year, format } = request.query;
      const { reviews } = await boardReviewsOfYear(db, ctx, year);
      const content = await boardReviewFile(year, ctx.actor.plan.name, reviews, format);
      return sendFile(reply, `bestyrelsens-gennemgang-${year}`, format, content);
    },
  );
};
