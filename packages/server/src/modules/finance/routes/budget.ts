import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  Binary,
  BudgetBody,
  BudgetView,
  ChangeList,
  ChangesQuery,
  ComparisonView,
  ExportQuery,
  Saved,
  SettingsBody,
  SpendingBody,
  YearParams,
  YearQuery,
} from '../contract/finance.ts';
import { getBudget, listFinanceChanges, setBudget, setSettings } from '../service/budget.ts';
import { getComparison, setSpending } from '../service/comparison.ts';
import { financeFiles } from '../service/export.ts';
import { assertPlanYear } from '../service/lines.ts';

const errors = errorResponses(400, 401, 403);
const tags = ['Økonomi'];

/** The budget, its history, spending by hand, budget against actuals and the exports. */
export const budgetRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/budget',
    {
      config: { access: 'finance.read' },
      schema: {
        operationId: 'getFinanceBudget',
        tags,
        querystring: YearQuery,
        response: { 200: BudgetView, ...errors },
      },
    },
    async (request) => getBudget(db, contextOf(request), request.query.year),
  );

  app.put(
    '/budget/:year',
    {
      config: { access: 'finance.edit' },
      schema: {
        operationId: 'setFinanceBudget',
        tags,
        params: YearParams,
        body: BudgetBody,
        response: { 200: BudgetView, ...errors },
      },
    },
    async (request) => setBudget(db, contextOf(request), request.params.year, request.body),
  );

  app.put(
    '/settings',
    {
      config: { access: 'finance.edit' },
      schema: {
        operationId: 'setFinanceSettings',
        tags,
        body: SettingsBody,
        response: { 200: Saved, ...errors },
      },
    },
    async (request) => setSettings(db, contextOf(request), request.body),
  );

  app.get(
    '/changes',
    {
      config: { access: 'finance.read' },
      schema: {
        operationId: 'listFinanceChanges',
        tags,
        querystring: ChangesQuery,
        response: { 200: ChangeList, ...errors },
      },
    },
    async (request) => listFinanceChanges(db, contextOf(request), request.query),
  );

  app.get(
    '/comparison',
    {
      config: { access: 'finance.read' },
      schema: {
        operationId: 'getFinanceComparison',
        tags,
        querystring: YearQuery,
        response: { 200: ComparisonView, ...errors },
      },
    },
    async (request) => getComparison(db, contextOf(request), request.query.year),
  );

  app.put(
    '/spending',
    {
      config: { access: 'finance.edit' },
      schema: {
        operationId: 'setFinanceSpending',
        tags,
        body: SpendingBody,
        response: { 200: Saved, ...errors },
      },
    },
    async (request) => setSpending(db, contextOf(request), request.body),
  );

  app.get(
    '/export',
    {
      config: { access: 'finance.read' },
      schema: {
        operationId: 'exportFinance',
        tags,
        querystring: ExportQuery,
        response: { 200: Binary, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { year, format } = request.query;
      assertPlanYear(ctx.actor.plan, year);
      const files = await financeFiles(db, ctx.actor.plan.id, [year]);
      return reply
        .header('content-type', EXPORT_FORMATS[format].contentType)
        .header('content-disposition', attachmentHeader(`budget-${year}`, format))
        .send(files[format]);
    },
  );
};
