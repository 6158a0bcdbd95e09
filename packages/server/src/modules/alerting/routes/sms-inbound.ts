import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { acknowledgeSmsReply } from '../service/acknowledge.ts';
import type { AlertingConfig } from '../service/config.ts';
import { checkInbound } from '../service/delivery/sms-inbound.ts';

const InboundSms = z.object({ from: z.string().min(1).max(40), text: z.string().max(1600) });

/**
 * The SMS gateway's inbound webhook: a reply with the alert's code acknowledges it. Public, but only
 * a request signed with SMS_INBOUND_SECRET, inside the replay window and never seen before, is read.
 */
export const smsInboundRoutes: FastifyPluginAsyncZod<{ db: Db; config: AlertingConfig }> = async (
  app,
  { db, config },
) => {
  // The signature covers the exact bytes sent: keep the raw body, parse it after checking.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 16_384 }, (_r, body, done) =>
    done(null, body),
  );

  app.post(
    '/sms/inbound',
    {
      config: { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: {
        operationId: 'receiveSms',
        tags: ['Beredskab'],
        response: {
          200: z.object({ acknowledged: z.boolean() }),
          ...errorResponses(400, 401, 409, 503),
        },
      },
    },
    async (request) => {
      const secret = config.smsInboundSecret;
      if (!secret) throw new AppError('SMS_INBOUND_OFF');
      const raw = typeof request.body === 'string' ? request.body : '';
      const checked = checkInbound(
        secret,
        {
          timestamp: request.headers['x-helhed-timestamp'],
          signature: request.headers['x-helhed-signature'],
        },
        raw,
      );
      if (checked.status === 'badSignature') {
        request.log.warn('sms inbound: bad signature');
        throw new AppError('SMS_INBOUND_SIGNATURE');
      }
      if (checked.status === 'stale') throw new AppError('SMS_INBOUND_STALE');
      let parsed: z.infer<typeof InboundSms>;
      try {
        parsed = InboundSms.parse(JSON.parse(raw));
      } catch {
        throw new AppError('VALIDATION');
      }
      const result = await acknowledgeSmsReply(db, checked.signature, parsed);
      return { acknowledged: result.status === 'ok' };
    },
  );
};
