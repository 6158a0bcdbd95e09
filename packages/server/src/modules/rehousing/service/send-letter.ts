import { da, fill } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import { AppError, fieldError } from '../../../platform/http/errors.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import { listEventsOfHousehold, toDomain } from '../queries/events.ts';
import { findHousehold } from '../queries/households.ts';
import { insertLetter, upsertTemplate } from '../queries/letters.ts';
import { effectiveEvents } from './domain/status.ts';
import { checkTemplate, danishDate, letterPdf, loadTemplate, offerLine, PLACEHOLDERS } from './letter.ts';
import { presentLetter, presentLetterPdf, presentLetterSent } from './presenters.ts';

const t = da.rehousing;
const EMAIL = /[^\s<>@,;]+@[^\s<>@,;]+\.[^\s<>@,;]+/;

/** The offer letter of one of the household's offers, filled from the plan's template. */
async function composeLetter(db: Db, ctx: RequestContext, householdId: string, offerId: string) {
  const { actor } = ctx;
  const household = await findHousehold(db, actor, householdId);
  if (!household) throw new AppError('NOT_FOUND');
  if (household.erased_at) throw new AppError('REHOUSING_ERASED');
  const events = await listEventsOfHousehold(db, actor.plan.id, householdId);
  const effective = new Set(effectiveEvents(events.map(toDomain)).map((e) => e.id));
  const offer = events.find((e) => e.id === offerId && e.type === 'offer_made' && effective.has(e.id));
  if (!offer) throw fieldError('offerId', t.errors.unknownOffer);
  const template = await loadTemplate(db, actor.plan.id);
  const values = {
    husstand: household.contact_name ?? '',
    adresse: household.current_address ?? '–',
    tilbud: offerLine(offer),
    svarfrist: danishDate(offer.answer_deadline ?? offer.occurred_on),
    medarbejder: household.responsible_name ?? actor.displayName,
    plan: actor.plan.name,
    etape: household.phase_name,
  };
  const subject = fill(template.subject, values);
  const body = fill(template.body, values);
  return {
    household,
    offer,
    subject,
    body,
    email: EMAIL.exec(household.contact_info ?? '')?.[0] ?? null,
    pdf: await letterPdf(subject, body),
  };
}

/** The letter of one offer as text, for the preview. */
export async function previewLetter(db: Db, ctx: RequestContext, householdId: string, offerId: string) {
  return presentLetter(ctx, await composeLetter(db, ctx, householdId, offerId));
}

/** The letter of one offer as a PDF, to print. */
export async function letterAsPdf(db: Db, ctx: RequestContext, householdId: string, offerId: string) {
  return presentLetterPdf(ctx, await composeLetter(db, ctx, householdId, offerId));
}

/** Sends the letter as a PDF attachment through the platform's SMTP mailer, or records a print. */
export async function sendLetter(
  db: Db,
  ctx: RequestContext,
  mailer: Mailer,
  householdId: string,
  input: { offerId: string; method: 'email' | 'print' },
) {
  const letter = await composeLetter(db, ctx, householdId, input.offerId);
  if (input.method === 'email') {
    if (!letter.email) throw new AppError('REHOUSING_NO_EMAIL');
    if (!mailer.isConfigured) throw new AppError('REHOUSING_SMTP_MISSING');
    try {
      await mailer.send({
        to: letter.email,
        toName: letter.household.contact_name ?? '',
        subject: letter.subject,
        text: `${fill(t.letter.mailText, { svarfrist: danishDate(letter.offer.answer_deadline ?? '') })}\n\n${letter.body}`,
        messageId: `rehousing-letter-${letter.offer.id}-${Date.now()}`,
        attachments: [{ filename: 'boligtilbud.pdf', content: letter.pdf, contentType: 'application/pdf' }],
      });
    } catch {
      throw new AppError('REHOUSING_MAIL_FAILED');
    }
  }
  await withTransaction(db, ctx, (trx) =>
    insertLetter(trx, {
      plan_id: ctx.actor.plan.id,
      household_id: householdId,
      offer_event_id: letter.offer.id,
      method: input.method,
      sent_to: input.method === 'email' ? letter.email : null,
      created_by: ctx.actor.userId,
    }),
  );
  return presentLetterSent(ctx, letter, input.method);
}

/** The plan's letter template (or the default), the placeholders it may use and whether mail can go out. */
export async function templateView(db: Db, ctx: RequestContext, mailer: Mailer) {
  return {
    ...(await loadTemplate(db, ctx.actor.plan.id)),
    placeholders: [...PLACEHOLDERS],
    smtp: mailer.isConfigured,
  };
}

export async function saveTemplate(
  db: Db,
  ctx: RequestContext,
  mailer: Mailer,
  input: { subject: string; body: string },
) {
  checkTemplate(input.subject, 'subject');
  checkTemplate(input.body, 'body');
  await withTransaction(db, ctx, (trx) => upsertTemplate(trx, ctx.actor.plan.id, input));
  return templateView(db, ctx, mailer);
}
