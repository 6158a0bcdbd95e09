import { da, fill, formatDateTime } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import type { AckResult, AckView, CodeAckResult } from '../service/acknowledge.ts';

// The public pages behind an acknowledge link and the SMS code: server-rendered HTML with no script
// and no style, readable on any phone, and allowed by the app's strict CSP (form-action 'self').

const t = da.alertingAck.page;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(title)} – ${escapeHtml(da.app.name)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>
${content}
</main></body></html>`;
}

const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');

/** GET of the link: who, what, and one button. Nothing has changed yet. */
export function confirmPage(view: AckView, token: string): string {
  if (view.status !== 'pending') return resultPage(view);
  const incident = fill(t.incident, {
    level: da.alerting.levels[view.level],
    category: view.category,
    location: view.location,
    at: formatDateTime(view.occurredAt),
  });
  return page(
    t.title,
    `${paragraphs([fill(t.greeting, { name: view.name }), incident, t.explain])}
<form method="post" action="/api/v1/alerting/ack">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="nonce" value="${escapeHtml(view.nonce)}">
<button type="submit">${escapeHtml(t.button)}</button>
</form>`,
  );
}

export function resultPage(result: AckResult | AckView | { status: 'crossSite' }): string {
  const lines =
    result.status === 'ok'
      ? [
          fill(t.ok, { name: result.name, at: formatDateTime(result.at) }),
          fill(t.okIncident, { category: result.category, location: result.location }),
        ]
      : result.status === 'used'
        ? [fill(t.used, { at: formatDateTime(result.at) })]
        : result.status === 'expired'
          ? [t.expired]
          : result.status === 'formExpired'
            ? [t.formExpired]
            : result.status === 'crossSite'
              ? [t.crossSite]
              : [t.invalid];
  return page(t.title, paragraphs(lines));
}

const c = da.alertingAck.code;

/** The fallback: type the code from the SMS and the phone number it came to. */
export function codePage(result?: CodeAckResult | { status: 'missing' | 'crossSite' }): string {
  if (result?.status === 'ok') {
    return page(c.title, paragraphs([fill(c.ok, { name: result.name, at: formatDateTime(result.at) })]));
  }
  const message =
    result?.status === 'unknown'
      ? c.unknown
      : result?.status === 'missing'
        ? c.missing
        : result?.status === 'crossSite'
          ? t.crossSite
          : null;
  return page(
    c.title,
    `${paragraphs([c.intro])}
${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="/api/v1/alerting/kode">
<p><label for="phone">${escapeHtml(c.phone)}</label><br><input id="phone" name="phone" type="tel" autocomplete="tel" inputmode="tel" required maxlength="20"></p>
<p><label for="code">${escapeHtml(c.code)}</label><br><input id="code" name="code" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required maxlength="12"></p>
<p><button type="submit">${escapeHtml(c.button)}</button></p>
</form>`,
  );
}

/**
 * A form POST from another site (or an opaque origin) is refused: browsers send Origin on every form
 * POST, and Sec-Fetch-Site where they support it. A client that sends neither is not a browser
 * submitting someone else's page; it still needs the token and a nonce only the page gives out.
 */
export function isCrossSite(request: FastifyRequest, publicUrl: string): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  return host !== request.headers.host && host !== new URL(publicUrl).host;
}
