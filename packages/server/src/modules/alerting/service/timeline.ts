import type { z } from 'zod';
import type { IncidentDetail } from '../contract/incidents.ts';

export interface TimelineEvent {
  at: string;
  kind: string;
  text: string;
  actor: string;
}

/** The closed incident's full timeline: the log, plus each alert, acknowledgement and escalation. */
export function buildTimeline(detail: z.infer<typeof IncidentDetail>): TimelineEvent[] {
  const events: TimelineEvent[] = detail.log.map((l) => ({
    at: l.at,
    kind: l.kind,
    text: l.text,
    actor: l.actor,
  }));
  for (const a of detail.alerts) {
    const who = `${a.fullName} (${a.organisationName})`;
    events.push({ at: a.alertedAt, kind: `alert:${a.reason}`, text: `${who} [${a.stage}]`, actor: 'system' });
    if (a.acknowledgedAt) events.push({ at: a.acknowledgedAt, kind: 'acknowledged', text: who, actor: who });
    if (a.escalatedAt) events.push({ at: a.escalatedAt, kind: 'escalated', text: who, actor: 'system' });
  }
  return events.sort((x, y) => x.at.localeCompare(y.at));
}

/** A CSV cell: quoted, and a leading = + - @ neutralised so that a spreadsheet never runs it. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function timelineCsv(events: TimelineEvent[]): string {
  const rows = [
    ['tidspunkt', 'type', 'tekst', 'aktør'],
    ...events.map((e) => [e.at, e.kind, e.text, e.actor]),
  ];
  // A BOM so that Excel opens UTF-8 with æ, ø and å intact.
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
