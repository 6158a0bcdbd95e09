import { sanitizeHeader } from '../../../../platform/mail/index.ts';
import type { AlertingConfig } from '../config.ts';

/** Any SMS provider: one text to one phone number, rejecting when the provider did not accept it. */
export interface SmsProvider {
  readonly isConfigured: boolean;
  send(to: string, text: string): Promise<void>;
}

/**
 * A generic HTTP gateway: POST {to, text} as JSON to SMS_GATEWAY_URL, with a bearer token when one
 * is set. Most Danish SMS gateways accept this shape or sit behind a small adapter that does.
 */
export function createSmsProvider(config: AlertingConfig): SmsProvider {
  const url = config.smsGatewayUrl;
  if (!url) {
    return {
      isConfigured: false,
      send: async () => {
        throw new Error('SMS-gateway er ikke sat op');
      },
    };
  }
  return {
    isConfigured: true,
    async send(to, text) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(config.smsGatewayToken ? { authorization: `Bearer ${config.smsGatewayToken}` } : {}),
        },
        body: JSON.stringify({ to: to.replace(/\s+/g, ''), text: sanitizeHeader(text, 480) }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS-gateway svarede ${response.status}`);
    },
  };
}
