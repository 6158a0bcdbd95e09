import { da, fill, type Role } from '@helhed/core';
import { ACTION_ROLES } from '../access/actions.ts';
import { createPdfReport } from '../export/index.ts';
import type { ProcessingRecord } from './contract.ts';
import { periodsFromEnv, type RetentionCategory } from './periods.ts';
import { PROCESSING_ACTIVITIES, type RetentionText } from './processing-activities.ts';
import { RETENTION_REGISTER } from './register.ts';

export type { ProcessingRecord };

const t = da.retention.record;

/** Roles (in Danish) allowed any of the actions, in the order of da.roles. */
function recipientsOf(actions: readonly (keyof typeof ACTION_ROLES)[]): string[] {
  const allowed = new Set<string>(actions.flatMap((action) => ACTION_ROLES[action] as readonly string[]));
  return (Object.keys(da.roles) as Role[]).filter((role) => allowed.has(role)).map((role) => da.roles[role]);
}

/**
 * The record of processing activities (GDPR art. 30) as it is today: the activities' data from the
 * retention register's personal columns, the recipients from the access table, the retention from the
 * periods in force. Nothing in it is written by hand except the activities' names and purposes.
 */
export function buildProcessingRecord(env: NodeJS.ProcessEnv = process.env): ProcessingRecord {
  const periods = periodsFromEnv(env);
  const periodText = (category: RetentionCategory) => {
    const { amount, unit } = periods[category];
    const words = { d: ['dag', 'dage'], m: ['måned', 'måneder'], y: ['år', 'år'] }[unit];
    return `${amount} ${amount === 1 ? words[0] : words[1]}`;
  };
  const retentionLine = (text: RetentionText) =>
    text === 'kept'
      ? t.retentionText.kept
      : fill(t.retentionText[text], { period: periodText(text === 'knowledge' ? 'residents' : text) });
  return {
    periods: (Object.keys(periods) as RetentionCategory[]).map((category) => ({
      category: da.retention.categories[category],
      period: periodText(category),
    })),
    activities: PROCESSING_ACTIVITIES.map((activity) => ({
      key: activity.key,
      ...t.activities[activity.key],
      data: activity.tables.map((table) => ({
        table,
        columns: [...(RETENTION_REGISTER[table]?.personal ?? [])],
      })),
      recipients: recipientsOf(activity.actions),
      retention: activity.retention.map(retentionLine),
    })),
    safeguards: [...t.safeguards],
  };
}

/** The same record as an A4 PDF for the data protection officer's file. */
export async function processingRecordPdf(
  record: ProcessingRecord,
  planName: string,
  when: string,
): Promise<Buffer> {
  const pdf = await createPdfReport(
    {
      title: t.title,
      subtitle: fill(t.controller, { plan: planName }),
      lines: [fill(t.generated, { when })],
    },
    t.title,
  );
  pdf.paragraph(t.intro).heading(t.periodsTitle);
  for (const line of record.periods) pdf.paragraph(fill(t.periodLine, line));
  for (const activity of record.activities) {
    pdf.heading(activity.title);
    pdf.paragraph(`${t.purpose}: ${activity.purpose}`);
    pdf.paragraph(`${t.subjects}: ${activity.subjects}`);
    pdf.paragraph(`${t.recipients}: ${activity.recipients.join(', ') || t.noRecipients}`);
    pdf.paragraph(`${t.retention}: ${activity.retention.join(' ')}`);
    pdf.table({
      name: t.data,
      columns: [
        { key: 'table', label: t.tableColumn },
        { key: 'columns', label: t.columnsColumn },
      ],
      rows: activity.data.map((row) => ({ table: row.table, columns: row.columns.join(', ') })),
    });
  }
  pdf.heading(t.safeguardsTitle);
  for (const line of record.safeguards) pdf.paragraph(`• ${line}`);
  return pdf.finish();
}
