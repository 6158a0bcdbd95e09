import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** The hidden fields of the confirm form an acknowledge link opens. */
export function formFieldsOf(html: string): { token: string; nonce: string } {
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1];
  const token = field('token');
  const nonce = field('nonce');
  if (!token || !nonce) throw new Error(`no confirm form in:\n${html}`);
  return { token, nonce };
}

export function postForm(
  app: FastifyInstance,
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** What a person does: open the link, then press »Kvittér« (the form's POST). */
export async function acknowledgeByLink(app: FastifyInstance, path: string): Promise<LightMyRequestResponse> {
  const page = await app.inject({ method: 'GET', url: path });
  if (page.statusCode !== 200) return page;
  return postForm(app, '/api/v1/alerting/ack', formFieldsOf(page.body));
}
