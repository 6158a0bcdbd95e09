import { da, fill, formatDate, formatDecimal } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { createPdfReport, fingerprint, type GeneratedDocument } from '../../../platform/export/index.ts';
import { listActivities } from '../queries/activities.ts';
import { findPlanOverview, listFocusAreas } from '../queries/overview.ts';
import { presentSubAgreement } from './views.ts';

// The delaftaler as one tagged PDF (issue 23, item 5): what Landsbyggefonden may ask for at any time
// ("ajourførte delaftaler skal til hver en tid kunne rekvireres"), made from the plan as it is now.

const t = da.planApi.subAgreementsPdf;

const hours = (value: number) => (Number.isInteger(value) ? String(value) : formatDecimal(value, 1));

async function loadSubAgreements(db: Db, planId: string) {
  const [plan, focusAreas, activities] = await Promise.all([
    findPlanOverview(db, planId),
    listFocusAreas(db, planId),
    listActivities(db, planId),
  ]);
  return {
    plan,
    focusAreas: focusAreas.map((row) => ({
      row,
      subAgreement: presentSubAgreement(row),
      activities: activities.filter((a) => a.focus_area_slug === row.slug),
    })),
  };
}
type Loaded = Awaited<ReturnType<typeof loadSubAgreements>>;

async function renderPdf({ plan, focusAreas }: Loaded, generatedOn: string): Promise<Buffer> {
  const pdf = await createPdfReport(
    { title: t.title, subtitle: plan.name, lines: [fill(t.generated, { date: formatDate(generatedOn) })] },
    fill(t.footer, { plan: plan.name }),
  );
  if (focusAreas.length === 0) pdf.paragraph(t.none);
  for (const { row, subAgreement: sa, activities } of focusAreas) {
    pdf.heading(sa.name).paragraph(fill(t.focusArea, { name: row.focus_area_name }));
    if (sa.periodStart && sa.periodEnd) {
      pdf.paragraph(fill(t.period, { start: formatDate(sa.periodStart), end: formatDate(sa.periodEnd) }));
    }
    if (row.goal_text) pdf.paragraph(fill(t.goal, { text: row.goal_text }));
    if (row.lbf_overall_goal) pdf.paragraph(fill(t.lbfGoal, { text: row.lbf_overall_goal }));
    if (sa.parties.length > 0) {
      pdf.table({
        name: fill(t.parties, { name: sa.name }),
        columns: [
          { key: 'title', label: t.partyTitle },
          { key: 'organisation', label: t.partyOrganisation },
          { key: 'includes', label: t.partyIncludes },
        ],
        rows: sa.parties.map((p) => ({
          title: p.title ?? '',
          organisation: p.organisation,
          includes: p.includes.join(', '),
        })),
      });
    }
    if (sa.weeklyStaffHours !== null)
      pdf.paragraph(fill(t.weeklyHours, { hours: hours(sa.weeklyStaffHours) }));
    if (sa.weeklyStaffHoursAsWritten)
      pdf.paragraph(fill(t.hoursAsWritten, { text: sa.weeklyStaffHoursAsWritten }));
    if (sa.staffHoursNote) pdf.paragraph(fill(t.hoursNote, { text: sa.staffHoursNote }));
    if (sa.staffHours.length > 0) {
      pdf.table({
        name: fill(t.staffHours, { name: sa.name }),
        columns: [
          { key: 'label', label: t.staffHoursRole },
          { key: 'hours', label: t.staffHoursHours, numeric: true },
        ],
        rows: sa.staffHours.map((line) => ({ label: line.label, hours: hours(line.weeklyHours) })),
      });
    }
    if (activities.length === 0) pdf.paragraph(t.noActivities);
    else {
      pdf.table({
        name: fill(t.activities, { name: row.focus_area_name }),
        columns: [
          { key: 'name', label: t.activity },
          { key: 'hours', label: t.activityHours, numeric: true },
        ],
        rows: activities.map((a) => ({
          name: a.name,
          hours: a.weekly_staff_hours === null ? '' : hours(a.weekly_staff_hours),
        })),
      });
    }
    if (sa.revisionText) pdf.paragraph(fill(t.revision, { text: sa.revisionText }));
  }
  return pdf.finish();
}

/**
 * The plan's delaftaler for Landsbyggefonden's document set: changed when a delaftale or one of its
 * indsatsområde's activities last changed; the version is a fingerprint of what the PDF shows.
 */
export async function subAgreementsDocument(
  db: Db,
  planId: string,
  today: string,
): Promise<GeneratedDocument> {
  const loaded = await loadSubAgreements(db, planId);
  const times = loaded.focusAreas.flatMap(({ row, activities }) => [
    row.updated_at.getTime(),
    ...activities.map((a) => a.updated_at.getTime()),
  ]);
  return {
    changedAt: times.length > 0 ? new Date(Math.max(...times)) : null,
    version: fingerprint(
      loaded.focusAreas.map(({ row, subAgreement, activities }) => [
        row.focus_area_name,
        row.goal_text,
        row.lbf_overall_goal,
        { ...subAgreement, updatedAt: null },
        activities.map((a) => [a.name, a.weekly_staff_hours]),
      ]),
    ),
    pdf: () => renderPdf(loaded, today),
  };
}
