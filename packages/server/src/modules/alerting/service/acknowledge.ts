import { da, fill } from '@helhed/core';
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { lockOpenAlertsByCode, recordInboundSignature } from '../queries/ack.ts';
import { acknowledgeAlert, findAlertForAck } from '../queries/alerts.ts';
import { queueMessages } from '../queries/outbox.ts';
import { logSystem } from './alert-contacts.ts';
import { readSmsCode, samePhone } from './sms-codes.ts';
import { createFormNonce, isAckTokenSigned, isFormNonceValid, readAckToken } from './tokens.ts';

export type AckView =
  | {
      status: 'pending';
      name: string;
      level: 'red' | 'yellow';
      category: string;
      location: string;
      occurredAt: Date;
      nonce: string;
    }
  | { status: 'used'; at: Date }
  | { status: 'expired' }
  | { status: 'invalid' };

export type AckResult =
  | { status: 'ok'; name: string; at: Date; category: string; location: string }
  | { status: 'used'; at: Date }
  | { status: 'expired' }
  | { status: 'formExpired' }
  | { status: 'invalid' };

async function checkToken(db: Db, token: string, now: Date) {
  const claims = readAckToken(token);
  if (!claims) return { status: 'invalid' as const };
  const alert = await findAlertForAck(db, claims.alertId);
  if (!alert || !isAckTokenSigned(alert.hmac_secret, token)) return { status: 'invalid' as const };
  if (alert.acknowledged_at) return { status: 'used' as const, at: alert.acknowledged_at };
  if (claims.expiresAt <= now || alert.token_expires_at <= now) return { status: 'expired' as const };
  return { status: 'valid' as const, alert };
}

/**
 * What the link shows: the incident, the person and a form with a nonce signed for this alert now.
 * Reads only. A scanner that opens the link, however often and with whatever method, changes nothing.
 */
export async function inspectAck(db: Db, token: string, now = new Date()): Promise<AckView> {
  const checked = await checkToken(db, token, now);
  if (checked.status !== 'valid') return checked;
  const { alert } = checked;
  return {
    status: 'pending',
    name: alert.full_name,
    level: alert.level as 'red' | 'yellow',
    category: alert.category,
    location: alert.location,
    occurredAt: alert.occurred_at,
    nonce: createFormNonce(alert.hmac_secret, alert.id, now),
  };
}

/**
 * The deliberate acknowledgement: the POST of the confirm form, with the token and the form's nonce
 * in its body. Single use is the alert row's acknowledged_at, set once by a conditional update.
 */
export async function acknowledge(
  db: Db,
  form: { token: string; nonce: string },
  now = new Date(),
): Promise<AckResult> {
  const checked = await checkToken(db, form.token, now);
  if (checked.status !== 'valid') return checked;
  const { alert } = checked;
  const nonce = isFormNonceValid(alert.hmac_secret, alert.id, form.nonce, now);
  if (nonce !== 'ok') return { status: nonce === 'expired' ? 'formExpired' : 'invalid' };
  return withTransaction(db, systemActor('kvittering', alert.plan_id), async (trx) => {
    const done = await acknowledgeAlert(trx, alert.id);
    if (!done?.acknowledged_at) {
      const again = await findAlertForAck(trx, alert.id);
      return again?.acknowledged_at ? { status: 'used', at: again.acknowledged_at } : { status: 'invalid' };
    }
    await logSystem(
      trx,
      alert.plan_id,
      alert.incident_id,
      fill(da.alerting.log.acknowledged, { name: alert.full_name }),
    );
    return {
      status: 'ok',
      name: alert.full_name,
      at: done.acknowledged_at,
      category: alert.category,
      location: alert.location,
    };
  });
}

export type CodeAckResult = { status: 'ok'; name: string; at: Date } | { status: 'unknown' };

/**
 * Acknowledges the one open alert whose SMS code this is and whose contact has this phone number,
 * inside the caller's transaction. Anything else (no code, wrong number, two matches) changes nothing.
 */
export async function acknowledgeByCodeIn(
  trx: Transaction<Database>,
  input: { text: string; phone: string },
  via: 'sms' | 'page',
): Promise<CodeAckResult> {
  const code = readSmsCode(input.text);
  if (!code) return { status: 'unknown' };
  const matches = (await lockOpenAlertsByCode(trx, code)).filter(
    (a) => a.phone && samePhone(a.phone, input.phone),
  );
  const alert = matches.length === 1 ? matches[0] : undefined;
  if (!alert) return { status: 'unknown' };
  const done = await acknowledgeAlert(trx, alert.id);
  if (!done?.acknowledged_at) return { status: 'unknown' };
  const log =
    via === 'sms' ? da.alertingAck.log.acknowledgedBySms : da.alertingAck.log.acknowledgedByCodePage;
  await logSystem(trx, alert.plan_id, alert.incident_id, fill(log, { name: alert.full_name }));
  if (via === 'sms' && alert.phone) {
    await queueMessages(
      trx,
      [
        {
          planId: alert.plan_id,
          incidentId: alert.incident_id,
          alertId: alert.id,
          channel: 'sms',
          recipient: alert.phone,
          subject: da.alertingAck.code.title,
          body: fill(da.alertingAck.mail.smsThanks, { name: alert.full_name, category: alert.category }),
        },
      ],
      new Date(),
    );
  }
  return { status: 'ok', name: alert.full_name, at: done.acknowledged_at };
}

/** The fallback page: the code typed with the phone number it was sent to. */
export function acknowledgeByCode(db: Db, input: { code: string; phone: string }) {
  return withTransaction(db, systemActor('kvittering'), (trx) =>
    acknowledgeByCodeIn(trx, { text: input.code, phone: input.phone }, 'page'),
  );
}

/**
 * A reply through the gateway's signed webhook (the route has checked the signature): each
 * signature is used once, in the same transaction as the acknowledgement it carries.
 */
export function acknowledgeSmsReply(db: Db, signature: Buffer, reply: { from: string; text: string }) {
  return withTransaction(db, systemActor('sms-svar'), async (trx) => {
    if (!(await recordInboundSignature(trx, signature))) throw new AppError('SMS_INBOUND_REPLAY');
    return acknowledgeByCodeIn(trx, { text: reply.text, phone: reply.from }, 'sms');
  });
}
