import { da, fill } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { lockAlertForEscalation, markEscalated } from '../queries/alerts.ts';
import { findContact, listActiveContactsOfOrganisation } from '../queries/contacts.ts';
import { findIncident } from '../queries/incidents.ts';
import { type AlertStage, NEXT_LEVEL } from '../seed/beredskab.ts';
import { alertTargets, label, logSystem } from './alert-contacts.ts';
import { settleTestAlert } from './test-alert.ts';

/**
 * An escalation timer is due: if the alert is still unacknowledged (and the incident open), its
 * contact's deputy is alerted; an alert that went to a deputy, or to someone without one, goes to
 * the same organisation's people one level up. Runs in the worker, inside one transaction with
 * the alert row locked, so that an acknowledgement arriving at the same moment is never lost.
 */
export async function escalateAlert(db: Db, alertId: string, publicUrl: string): Promise<void> {
  await withTransaction(db, systemActor('eskalering'), async (trx) => {
    const alert = await lockAlertForEscalation(trx, alertId);
    // A prøvealarm escalates to the SSP leader, never to the deputy or the next level.
    if (alert?.incident_kind === 'test') return settleTestAlert(trx, alert);
    if (!alert || alert.acknowledged_at || alert.escalated_at || alert.incident_status === 'closed') return;
    const planId = alert.plan_id;
    const incident = await findIncident(trx, planId, alert.incident_id);
    if (!incident) return;
    await markEscalated(trx, alertId);
    const from = { alertId, fullName: alert.full_name };
    const stage = alert.stage as AlertStage;

    const deputy =
      alert.reason !== 'deputy' && alert.deputy_id
        ? await findContact(trx, planId, alert.deputy_id)
        : undefined;
    if (deputy?.is_active) {
      await alertTargets(
        trx,
        planId,
        incident,
        [{ contact: deputy, stage, reason: 'deputy', escalatedFrom: from }],
        publicUrl,
      );
      await logSystem(
        trx,
        planId,
        incident.id,
        fill(da.alerting.log.escalatedDeputy, { name: alert.full_name, deputy: label(deputy) }),
      );
      return;
    }

    const nextStage = NEXT_LEVEL[stage];
    const next = nextStage
      ? (await listActiveContactsOfOrganisation(trx, planId, nextStage, alert.organisation_id)).filter(
          (c) => c.id !== alert.contact_id,
        )
      : [];
    if (!nextStage || next.length === 0) {
      await logSystem(
        trx,
        planId,
        incident.id,
        fill(da.alerting.log.escalationEnd, { name: alert.full_name }),
      );
      return;
    }
    await alertTargets(
      trx,
      planId,
      incident,
      next.map((contact) => ({
        contact,
        stage: nextStage,
        reason: 'next_level' as const,
        escalatedFrom: from,
      })),
      publicUrl,
    );
    await logSystem(
      trx,
      planId,
      incident.id,
      fill(da.alerting.log.escalatedNextLevel, {
        name: alert.full_name,
        group: da.alerting.groups[nextStage],
        names: next.map(label).join(', '),
      }),
    );
  });
}
