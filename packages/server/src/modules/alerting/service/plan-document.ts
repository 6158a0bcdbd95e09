import { da, fill, formatDate } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { createPdfReport, fingerprint, type GeneratedDocument } from '../../../platform/export/index.ts';
import { CONTACT_GROUPS, LEVELS } from '../contract/shared.ts';
import { listOrganisations } from '../queries/contacts.ts';
import {
  GROUP_SEATS,
  KEPT_CURRENT_BY,
  LEVELS as LEVEL_TEXTS,
  MIN_MEETING_NOTICE_MINUTES,
  PROCEDURE,
} from '../seed/beredskab.ts';

// The beredskabsplan as one tagged PDF (issue 23, item 5), for Landsbyggefonden's document set: the
// plan's procedure, levels, who is alerted and the organisations, as the action card shows them.
// Organisations and roles only: the contact list's names and numbers are personal data and stay in
// Helhed.

const t = da.alerting.planPdf;

async function loadPlan(db: Db, planId: string) {
  const [plan, organisations] = await Promise.all([
    db.selectFrom('plan').select(['name', 'created_at']).where('id', '=', planId).executeTakeFirstOrThrow(),
    listOrganisations(db, planId),
  ]);
  return { plan, organisations: organisations.map((o) => o.name) };
}

async function renderPdf(planName: string, organisations: string[], generatedOn: string): Promise<Buffer> {
  const pdf = await createPdfReport(
    { title: t.title, subtitle: planName, lines: [fill(t.generated, { date: formatDate(generatedOn) })] },
    fill(t.footer, { plan: planName }),
  );
  pdf.heading(t.procedure);
  PROCEDURE.forEach((text, index) => {
    pdf.paragraph(fill(t.step, { n: index + 1, text }));
  });
  pdf.paragraph(fill(t.meeting, { minutes: MIN_MEETING_NOTICE_MINUTES }));
  pdf.heading(t.levels).table({
    name: t.levelsTable,
    columns: [
      { key: 'level', label: t.level },
      { key: 'description', label: t.description },
      { key: 'examples', label: t.examples },
    ],
    rows: LEVELS.map((level) => ({
      level: da.alerting.levels[level],
      description: LEVEL_TEXTS[level].description,
      examples: LEVEL_TEXTS[level].examples.join(', '),
    })),
  });
  pdf.heading(t.groups).table({
    name: t.groupsTable,
    columns: [
      { key: 'group', label: t.group },
      { key: 'organisations', label: t.organisations },
    ],
    rows: CONTACT_GROUPS.map((group) => ({
      group: da.alerting.groups[group],
      organisations: GROUP_SEATS[group].join(', '),
    })),
  });
  pdf.heading(t.organisationsTitle);
  for (const name of organisations) pdf.paragraph(name);
  pdf.paragraph(fill(t.keptCurrentBy, { who: KEPT_CURRENT_BY }));
  return pdf.finish();
}

/**
 * The beredskabsplan for Landsbyggefonden's document set. Its text is the plan's (seed 004) and its
 * organisations are loaded with the plan; Helhed has no editor for either, so it last changed when
 * the plan was loaded.
 */
export async function preparednessPlanDocument(
  db: Db,
  planId: string,
  today: string,
): Promise<GeneratedDocument> {
  const { plan, organisations } = await loadPlan(db, planId);
  return {
    changedAt: plan.created_at,
    version: fingerprint([PROCEDURE, LEVEL_TEXTS, GROUP_SEATS, organisations, MIN_MEETING_NOTICE_MINUTES]),
    pdf: () => renderPdf(plan.name, organisations, today),
  };
}
