import { sql, type Transaction } from 'kysely';
import type { Database, Db } from './database.ts';

/** Who is acting: a signed-in user, or a named system path (CLI, seed, retention). */
export interface ActorContext {
  actorId: string | null;
  actorLabel: string;
  planId: string | null;
  ip: string | null;
  requestId: string | null;
}

/** Who acts: a system path's actor, or a request's context (whose `who` it is). */
export type Acting = ActorContext | { readonly who: ActorContext };

export function whoActs(acting: Acting): ActorContext {
  return 'who' in acting ? acting.who : acting;
}

export function systemActor(label: string, planId: string | null = null): ActorContext {
  return { actorId: null, actorLabel: `system:${label}`, planId, ip: null, requestId: null };
}

/**
 * Runs fn in one transaction after telling the database who acts, so that the audit trigger can
 * record it. Inside fn use only `trx`: the outer handle runs outside the transaction.
 *
 * Given a transaction, fn joins it: a service that another module calls inside its own work (a
 * household's referral creating a participant) takes the caller's transaction, so the whole step
 * commits or nothing does. The caller has already told the database who acts.
 */
export async function withTransaction<T>(
  db: Db,
  acting: Acting,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  const actor = whoActs(acting);
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('helhed.actor', ${actor.actorLabel}, true),
                     set_config('helhed.actor_id', ${actor.actorId ?? ''}, true),
                     set_config('helhed.ip', ${actor.ip ?? ''}, true),
                     set_config('helhed.request_id', ${actor.requestId ?? ''}, true)`.execute(trx);
    return fn(trx);
  });
}

/**
 * Inside a transaction: lets the law's deletions (erasure, retention) and a merge of two records of
 * one person through the quarter lock (migration 0026). The report still shows what they changed
 * after an approval; every other change dated in an approved quarter is refused.
 */
export async function passQuarterLock(trx: Db): Promise<void> {
  await sql`select set_config('helhed.quarter_lock', 'exempt', true)`.execute(trx);
}
