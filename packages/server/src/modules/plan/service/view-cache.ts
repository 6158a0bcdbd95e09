import type { RequestContext } from '../../../platform/access/request-context.ts';

/**
 * The plan's read pages as the JSON they were answered with, kept per plan, role and view while
 * the plan's content version is unchanged. The version comes with the session (one query per
 * request, as before): a trigger counts it up in every transaction that changes the plan's content,
 * and a restore changes it too (migration 0020), so a copy is used only for the content it was
 * built from or newer. The session, the gate and everything before the handler still run on every
 * request; the plan holds no personal data, so there is no read to record. A failed build is not kept.
 */
export class PlanViewCache {
  private readonly entries = new Map<string, { version: string; json: Promise<string> }>();

  constructor(private readonly limit = 256) {}

  json(ctx: RequestContext, view: string, build: () => Promise<string>): Promise<string> {
    const { plan, role } = ctx.actor;
    const key = `${plan.id} ${role} ${view}`;
    const known = this.entries.get(key);
    if (known?.version === plan.contentVersion) return known.json;
    const json = build();
    this.entries.delete(key);
    this.entries.set(key, { version: plan.contentVersion, json });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    json.catch(() => {
      if (this.entries.get(key)?.json === json) this.entries.delete(key);
    });
    return json;
  }
}
