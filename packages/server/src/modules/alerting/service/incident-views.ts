import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Paging } from '../../../platform/contract/paging.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { IncidentDetail } from '../contract/incidents.ts';
import { findIncident, incidentVersion, listIncidents } from '../queries/incidents.ts';
import { countNotSent, listOutbox, type OutboxSearch } from '../queries/outbox.ts';
import { loadIncidentDetail, presentIncident, presentOutbox, presentTimelineExport } from './presenters.ts';

// What the beredskab pages read: the incidents, one incident live, its timeline, the outbox.

export async function listIncidentViews(db: Db, ctx: RequestContext, paging: Paging<'created'>) {
  const { rows, total } = await listIncidents(db, ctx.actor.plan.id, paging);
  return { incidents: rows.map(presentIncident), total };
}

export async function getIncidentDetail(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<z.infer<typeof IncidentDetail>> {
  const planId = ctx.actor.plan.id;
  const incident = await findIncident(db, planId, id);
  if (!incident) throw new AppError('NOT_FOUND');
  return loadIncidentDetail(db, ctx, planId, incident);
}

/**
 * For the live page's event stream: checks that the incident is the plan's, and gives the
 * fingerprint of what the page shows, to be polled.
 */
export async function watchIncident(db: Db, ctx: RequestContext, id: string): Promise<() => Promise<string>> {
  const planId = ctx.actor.plan.id;
  if (!(await findIncident(db, planId, id))) throw new AppError('NOT_FOUND');
  return () => incidentVersion(db, planId, id);
}

/** A closed incident's timeline as a JSON or CSV file (an export of the incident in the audit log). */
export async function exportTimeline(db: Db, ctx: RequestContext, id: string, format: 'json' | 'csv') {
  const detail = await getIncidentDetail(db, ctx, id);
  if (detail.incident.status !== 'closed') throw new AppError('INCIDENT_NOT_CLOSED');
  return {
    fileName: `tidslinje-${detail.incident.id}.${format}`,
    body: presentTimelineExport(ctx, detail, format),
  };
}

/** The Udbakke: one page of the plan's messages, with acknowledge links redacted. */
export async function outboxView(db: Db, ctx: RequestContext, search: OutboxSearch, smtpConfigured: boolean) {
  const planId = ctx.actor.plan.id;
  const [page, notSent] = await Promise.all([listOutbox(db, planId, search), countNotSent(db, planId)]);
  return presentOutbox(ctx, page, notSent, smtpConfigured);
}
