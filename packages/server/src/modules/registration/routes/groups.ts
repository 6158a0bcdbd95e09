import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  AttendanceBody,
  CompletionBody,
  CourseDetailView,
  CourseEnrolmentParams,
  CourseList,
  CourseListQuery,
  CourseSessionParams,
  CreateCourseBody,
  EnrolBody,
  EvaluationBody,
} from '../contract/groups.ts';
import {
  courseDetail,
  courseList,
  createCourse,
  enrol,
  finishCourse,
  recordAttendance,
  setCompletion,
} from '../service/groups.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Hold og fællesskaber'];
const detail = { 200: CourseDetailView, ...errors };

export const groupRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/group-courses',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listGroupCourses',
        tags,
        querystring: CourseListQuery,
        response: { 200: CourseList, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return courseList(db, ctx, request.query);
    },
  );

  app.post(
    '/group-courses',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createGroupCourse',
        tags,
        body: CreateCourseBody,
        response: { 201: CourseDetailView, ...detail },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { isReplay, view } = await createCourse(db, ctx, request.body);
      return reply.status(isReplay ? 200 : 201).send(view);
    },
  );

  app.get(
    '/group-courses/:id',
    {
      config: { access: 'registration.read' },
      schema: { operationId: 'getGroupCourse', tags, params: IdParams, response: detail },
    },
    async (request) => {
      const ctx = contextOf(request);
      return courseDetail(db, ctx, request.params.id);
    },
  );

  app.post(
    '/group-courses/:id/enrolments',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'enrolInGroupCourse',
        tags,
        params: IdParams,
        body: EnrolBody,
        response: detail,
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return enrol(db, ctx, request.params.id, request.body);
    },
  );

  app.put(
    '/group-courses/:id/sessions/:sessionId/attendance',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'setAttendance',
        tags,
        params: CourseSessionParams,
        body: AttendanceBody,
        response: detail,
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const { id, sessionId } = request.params;
      return recordAttendance(db, ctx, id, sessionId, request.body);
    },
  );

  app.post(
    '/group-courses/:id/enrolments/:enrolmentId/completion',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'completeEnrolment',
        tags,
        params: CourseEnrolmentParams,
        body: CompletionBody,
        response: detail,
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const { id, enrolmentId } = request.params;
      return setCompletion(db, ctx, id, enrolmentId, request.body);
    },
  );

  app.post(
    '/group-courses/:id/evaluation',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'evaluateGroupCourse',
        tags,
        params: IdParams,
        body: EvaluationBody,
        response: detail,
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return finishCourse(db, ctx, request.params.id, request.body);
    },
  );
};
