import { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino from 'pino';

/**
 * The server's log (docs/performance.md, read routes): pino writes to standard output through an
 * asynchronous buffer (flushed when the app closes and when the process exits), so a log line
 * never blocks the event loop with a synchronous write. Off (false) in tests.
 */
export function loggerOptions(logger: boolean | { level: string; stream?: { write(line: string): void } }) {
  if (logger === false) return false;
  const level = logger === true ? 'info' : logger.level;
  // A test may read the lines (auth/second-factor-setup.test.ts: no secret is ever logged).
  const stream =
    logger !== true && logger.stream ? logger.stream : pino.destination({ dest: 1, sync: false });
  return { level, stream };
}

/**
 * Fastify's two lines per request ("incoming request", "request completed") become one line at
 * debug level; a request that failed is still logged at error, and warnings (access denied) and
 * errors elsewhere keep their levels.
 */
class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) super.requestCompleted(error, request, reply);
    else reply.log.debug({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

export const requestLogController = () => new RequestLog();

/** Writes out what the buffer holds when the app closes. */
export function flushLogOnClose(app: FastifyInstance): void {
  app.addHook('onClose', async () => {
    const stream = (app.log as unknown as Record<symbol, { flushSync?: () => void } | undefined>)[
      pino.symbols.streamSym
    ];
    try {
      stream?.flushSync?.();
    } catch {
      // Not yet open or already ended: the exit handler flushes what is left.
    }
  });
}
