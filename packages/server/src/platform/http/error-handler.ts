import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, databaseRefusal, ERRORS, type ErrorCode, type FieldError } from './errors.ts';

// Fastify's own error codes that are the client's fault, mapped to our catalogue.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'RATE_LIMITED',
};

function errorCodeOf(error: FastifyError): ErrorCode {
  if (error instanceof AppError) return error.code;
  if (error.code && FASTIFY_CODES[error.code]) return FASTIFY_CODES[error.code] as ErrorCode;
  if (error.statusCode === 429) return 'RATE_LIMITED';
  // JSON.parse errors thrown by the body parser without a Fastify code.
  if (error instanceof SyntaxError && error.statusCode === 400) return 'MALFORMED_BODY';
  return 'INTERNAL';
}

function fieldErrorsOf(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((issue) => ({
    field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    message: issue.message ?? '',
  }));
}

/** Every error leaves as `{ error: { code, message, details? } }`; never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((raised: FastifyError, request, reply) => {
    const error = (databaseRefusal(raised) as FastifyError | null) ?? raised;
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send({
        error: { code: 'VALIDATION', message: ERRORS.VALIDATION.message, details: fieldErrorsOf(error) },
      });
    }
    const code = errorCodeOf(error);
    if (code === 'INTERNAL') {
      request.log.error({ err: error }, 'unhandled error');
      return reply
        .status(500)
        .send({ error: { code, message: `${ERRORS.INTERNAL.message} ${request.id}.` } });
    }
    const details = error instanceof AppError ? error.details : undefined;
    return reply
      .status(ERRORS[code].status)
      .send({ error: { code, message: ERRORS[code].message, ...(details ? { details } : {}) } });
  });
}

/**
 * Fastify's `frameworkErrors`: the router could not read the URL (a bad %-code, a parameter over
 * the length limit). No route was matched, so no rule applies: a Danish 400 and nothing else.
 */
export function answerFrameworkError(
  _error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  reply
    .status(400)
    .header('cache-control', 'no-store')
    .send({ error: { code: 'URL_INVALID', message: ERRORS.URL_INVALID.message } });
}
