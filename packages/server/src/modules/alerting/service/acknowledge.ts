import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { acknowledgeAlert, findAlertForAck } from '../queries/alerts.ts';
import { isAckTokenSigned, readAckToken } from '../tokens.ts';
import { logSystem } from './alert-contacts.ts';

export type AckResult =
  | { status: 'ok'; name: string; at: Date; category: string; location: string }
  | { status: 'used'; at: Date }
  | { status: 'expired' }
  | { status: 'invalid' };

/**
 * The one-click acknowledgement. The token is checked against the plan's secret and its expiry;
 * single use is the alert row's acknowledged_at, set once under a row lock by a conditional update.
 */
export async function acknowledge(db: Db, token: string, now = new Date()): Promise<AckResult> {
  const claims = readAckToken(token);
  if (!claims) return { status: 'invalid' };
  const alert = await findAlertForAck(db, claims.alertId);
  if (!alert || !isAckTokenSigned(alert.hmac_secret, token)) return { status: 'invalid' };
  if (alert.acknowledged_at) return { status: 'used', at: alert.acknowledged_at };
  if (claims.expiresAt <= now || alert.token_expires_at <= now) return { status: 'expired' };
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
