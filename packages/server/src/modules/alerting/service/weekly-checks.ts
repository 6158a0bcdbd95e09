import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { lockDueChecks, markChecksDone } from '../queries/alive.ts';
import type { AlertingConfig } from './config.ts';
import { sendRotaReport } from './rota-report.ts';
import { sendTestAlert } from './test-alert.ts';

const PLANS_PER_RUN = 20;

/**
 * The worker's periodic duties, each plan at its interval: the prøvealarm to the chief on call and
 * the rota report to the SSP leader. The plan's settings row is locked (SKIP LOCKED) while its
 * checks run and stamped in the same transaction, so two processes never send the same week twice.
 * Returns whether anything was queued.
 */
export async function runWeeklyChecks(db: Db, config: AlertingConfig): Promise<boolean> {
  let didWork = false;
  for (let i = 0; i < PLANS_PER_RUN; i += 1) {
    const done = await withTransaction(db, systemActor('beredskab-kontrol'), async (trx) => {
      const due = await lockDueChecks(trx, config.testAlertIntervalMs, config.rotaReportIntervalMs);
      if (!due) return false;
      if (due.test_due) await sendTestAlert(trx, due.plan_id, config.publicUrl);
      if (due.rota_due) await sendRotaReport(trx, due.plan_id);
      await markChecksDone(trx, due.plan_id, { test: due.test_due, rota: due.rota_due });
      return true;
    });
    if (!done) return didWork;
    didWork = true;
  }
  return didWork;
}
