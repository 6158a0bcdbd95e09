import type { IncomingMessage } from 'node:http';

/** The fields of a posted HTML form (application/x-www-form-urlencoded), as the test peers read them. */
export function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}
