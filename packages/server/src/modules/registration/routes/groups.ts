import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, requireActor } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import {
  AttendanceBody,
  CompletionBody,
  CourseDetailView,
  CourseEnrolmentParams,
  CourseSessionParams,
  CourseSummaryView,
  CreateCourseBody,
  EnrolBody,
  EvaluationBody,
} from '../contract-groups.ts';
import { listCourses } from '../queries/groups.ts';
import {
  courseDetail,
  createCourse,
  enrol,
  finishCourse,
  presentCourse,
  recordAttendance,
  setCompletion,
} from '../service/groups.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
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
        response: { 200: z.object({ courses: z.array(CourseSummaryView) }), ...errors },
      },
    },
    async (request) => ({ courses: (await listCourses(db, requireActor(request))).map(presentCourse) }),
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
      const actor = requireActor(request);
      const { id, isReplay } = await createCourse(db, actorContextOf(request), actor, request.body);
      return reply.status(isReplay ? 200 : 201).send(await courseDetail(db, request, actor, id));
    },
  );

  app.get(
    '/group-courses/:id',
    {
      config: { access: 'registration.read' },
      schema: { operationId: 'getGroupCourse', tags, params: IdParams, response: detail },
    },
    async (request) => courseDetail(db, request, requireActor(request), request.params.id),
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
      const actor = requireActor(request);
      await enrol(db, actorContextOf(request), actor, request.params.id, request.body);
      return courseDetail(db, request, actor, request.params.id);
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
      const actor = requireActor(request);
      const { id, sessionId } = request.params;
      await recordAttendance(db, actorContextOf(request), actor, id, sessionId, request.body);
      return courseDetail(db, request, actor, id);
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
      const actor = requireActor(request);
      const { id, enrolmentId } = request.params;
      await setCompletion(db, actorContextOf(request), actor, id, enrolmentId, request.body);
      return courseDetail(db, request, actor, id);
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
      const actor = requireActor(request);
      await finishCourse(db, actorContextOf(request), actor, request.params.id, request.body);
      return courseDetail(db, request, actor, request.params.id);
    },
  );
};
